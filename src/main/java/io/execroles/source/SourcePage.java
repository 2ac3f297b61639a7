package io.execroles.source;

import java.util.List;

import io.execroles.content.Source;

/**
 * An article laid out for reading, its cited passages marked so that citation links land
 * on them. Each cited passage carries a marker, numbered down the page, which its block
 * repeats beside the places on the site that cite it.
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

		/** The block's cited passages that the site uses somewhere, in reading order. */
		public List<Segment> used() {
			return this.lines.stream().flatMap(List::stream).filter(segment -> !segment.uses().isEmpty()).toList();
		}

	}

	/**
	 * A run of the article's text; a cited passage has its anchor, its marker on the page
	 * and the places that cite it.
	 */
	public record Segment(String text, String anchor, int marker, List<CitationUses.Use> uses) {

		public boolean cited() {
			return this.anchor != null;
		}

	}

}
