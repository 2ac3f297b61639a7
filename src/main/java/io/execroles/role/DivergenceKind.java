package io.execroles.role;

/**
 * How the sources fail to line up on an aspect. The labels keep apart what a careful
 * reader must not confuse: articles that contradict each other, passages that pull
 * different ways, and articles that each stress what the other leaves out.
 */
public enum DivergenceKind {

	/** The passages cannot all be true as written. */
	CONTRADICTION("Articles contradict", "The articles contradict each other"),

	/**
	 * The passages can be read together but pull different ways, within one article or
	 * across both.
	 */
	TENSION("Sources in tension", "The sources pull different ways"),

	/**
	 * Each article says something the other does not, and neither denies what the other
	 * says.
	 */
	EMPHASIS("Different emphasis", "The articles stress different things");

	private final String tag;

	private final String heading;

	DivergenceKind(String tag, String heading) {
		this.tag = tag;
		this.heading = heading;
	}

	/** A short label for a row or a statement. */
	public String tag() {
		return this.tag;
	}

	/** The sentence that opens the note. */
	public String heading() {
		return this.heading;
	}

}
