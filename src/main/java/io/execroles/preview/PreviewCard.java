package io.execroles.preview;

import java.util.List;

/**
 * What a link-preview picture shows, in words: a kicker ("Comparison"), a title, an
 * optional sentence under it, and a column per role with a few labelled lines, each in
 * the role's colour. The picture is drawn from this and from nothing else, so this is
 * also what its address's hash is taken of.
 */
public record PreviewCard(String kicker, String title, String sentence, List<Column> columns) {

	/**
	 * A role's column: its heading ("CTO"), the line under it, its colour (#rrggbb) and
	 * its lines.
	 */
	public record Column(String heading, String subheading, String colour, List<Line> lines) {
	}

	/** A line of a column: a label ("Reports to") and what follows it. */
	public record Line(String label, String text) {
	}

}
