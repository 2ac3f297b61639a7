package io.execroles.source;

import io.execroles.web.SiteProperties;

/**
 * A citation in the machine-readable copies: which article, the passage itself, and where
 * to read it.
 */
public record CitationJson(int number, String source, String sourceTitle, String passage, String url) {

	public static CitationJson of(Note note, SiteProperties site) {
		return new CitationJson(note.number(), note.sourceSlug(), note.sourceTitle(), note.passage(),
				site.absolute(note.href()));
	}

}
