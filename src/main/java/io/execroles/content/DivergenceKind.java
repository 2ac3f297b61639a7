package io.execroles.content;

/**
 * How the articles fail to line up on a point. The names keep apart what a careful reader
 * must not confuse, and each kind has one name wherever the site shows it.
 */
public enum DivergenceKind {

	/** The passages cannot all be true as written. */
	CONTRADICTION("The articles contradict each other", "the passages cannot all be true as written"),

	/**
	 * The passages can be read together but pull different ways, within one article or
	 * across both.
	 */
	TENSION("The passages pull different ways",
			"the passages can be read together, but pull different ways, within one article or across both"),

	/**
	 * Each article says something the other does not, and neither denies what the other
	 * says.
	 */
	EMPHASIS("The articles stress different things",
			"each article says something the other does not, and neither denies what the other says");

	private final String label;

	private final String meaning;

	DivergenceKind(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	/** What the label means, for the legend and the About page. */
	public String meaning() {
		return this.meaning;
	}

	public String label() {
		return this.label;
	}

	/** The name a stylesheet knows the kind by. */
	public String css() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
