package io.execroles.source;

import java.util.List;

import io.execroles.content.Source;

/**
 * An article laid out for reading, its cited passages marked so that citation links land
 * on them.
 */
public record SourcePage(Source source, List<Block> blocks, int passageCount) {

	public enum Kind {

		HEADING, PARAGRAPH, LIST

	}

	/** A heading, a paragraph, or a list whose items are its lines. */
	public record Block(Kind kind, List<List<Segment>> lines) {

		public boolean is(String kind) {
			return this.kind.name().equalsIgnoreCase(kind);
		}

	}

	/**
	 * A run of the article's text; a cited passage has its anchor and the places that
	 * cite it.
	 */
	public record Segment(String text, String anchor, List<CitationUses.Use> uses) {

		public boolean cited() {
			return this.anchor != null;
		}

	}

}
