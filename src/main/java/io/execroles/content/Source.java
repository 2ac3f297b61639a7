package io.execroles.content;

import java.time.LocalDate;

/**
 * An article as published: the only material the site's statements may rest on, with
 * where it was published. {@code author} and {@code published} are null where they are
 * not known, and the pages say so instead of guessing. {@code reading} says how the site
 * reads the article where its text leaves something open, or is null.
 */
public record Source(String slug, String title, int order, String publisher, String url, String author,
		LocalDate published, String reading, String article) {

	/** The address of the article's page on this site. */
	public String path() {
		return "/sources/" + this.slug;
	}

}
