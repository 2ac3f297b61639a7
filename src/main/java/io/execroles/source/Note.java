package io.execroles.source;

import io.execroles.content.Passage;

/**
 * A cited passage as one page shows it: numbered in the order the page first cites it,
 * with the article it stands in and where that was published.
 */
public record Note(int number, Passage passage) {

	/** The id of the note in the page's list of sources. */
	public String id() {
		return "note-" + this.number;
	}

	public String text() {
		return this.passage.text();
	}

	public String sourceSlug() {
		return this.passage.source().slug();
	}

	public String sourceTitle() {
		return this.passage.source().title();
	}

	public String publisher() {
		return this.passage.source().publisher();
	}

	public String originalUrl() {
		return this.passage.source().url();
	}

	/** Where the passage stands in its article, on this site. */
	public String href() {
		return this.passage.href();
	}

}
