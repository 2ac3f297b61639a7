package io.execroles.source;

import io.execroles.web.SiteProperties;

/**
 * A citation in the machine-readable copies: which article, where it was published, the
 * passage itself, and where to read it on this site.
 */
public record CitationJson(int number, String source, String sourceTitle, String publisher, String originalUrl,
		String passage, String url) {

	public static CitationJson of(Note note, SiteProperties site) {
		return new CitationJson(note.number(), note.sourceSlug(), note.sourceTitle(), note.publisher(),
				note.originalUrl(), note.text(), site.absolute(note.href()));
	}

}
