package io.execroles.content;

import java.util.Comparator;

/**
 * A passage of an article that the site cites, verbatim. {@code position} is where it
 * starts in the article, so that passages can be put in reading order.
 */
public record Passage(String anchor, Source source, String text, int position) {

	/** Article by article, and within an article as its passages stand. */
	public static final Comparator<Passage> READING_ORDER = Comparator
		.comparingInt((Passage passage) -> passage.source().order())
		.thenComparingInt(Passage::position);

	/** Where the passage stands on its article's page. */
	public String href() {
		return this.source.path() + "#" + this.anchor;
	}

}
