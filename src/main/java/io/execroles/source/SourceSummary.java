package io.execroles.source;

import java.time.LocalDate;

/**
 * What every page may say of an article: its title, where it was published and by whom.
 * {@code author} and {@code publishedOn} are null where they are not known, and the pages
 * say so instead of guessing.
 */
public record SourceSummary(String slug, String title, String publisher, String originalUrl, String author,
		LocalDate publishedOn) {

	static SourceSummary of(Source source) {
		return new SourceSummary(source.getSlug(), source.getTitle(), source.getPublisher(), source.getOriginalUrl(),
				source.getAuthor().orElse(null), source.getPublishedOn().orElse(null));
	}

	public String path() {
		return SourcePaths.source(this.slug);
	}

}
