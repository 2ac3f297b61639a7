package io.execroles.source;

/**
 * A citation as one page shows it: numbered in the order the page first uses it, linking
 * to the passage in its source, and saying where that source was published.
 */
public record Note(int number, String sourceSlug, String sourceTitle, String publisher, String originalUrl,
		String anchor, String passage) {

	static Note of(int number, Citation citation) {
		Source source = citation.getSource();
		return new Note(number, source.getSlug(), source.getTitle(), source.getPublisher(), source.getOriginalUrl(),
				citation.getAnchor(), citation.getPassage());
	}

	/** The id of the note in the page's list of sources. */
	public String id() {
		return "note-" + this.number;
	}

	/** The id of the preview that opens in place when the note's number is pressed. */
	public String previewId() {
		return "cite-" + this.number;
	}

	/** Where the passage stands in its source. */
	public String href() {
		return SourcePaths.passage(this.sourceSlug, this.anchor);
	}

}
