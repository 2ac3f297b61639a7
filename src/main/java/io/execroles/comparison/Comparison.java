package io.execroles.comparison;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.execroles.content.DivergenceKind;
import io.execroles.content.Role;
import io.execroles.role.CitedStatement;
import io.execroles.source.Cite;
import io.execroles.source.Note;
import io.execroles.source.NoteGroup;

/**
 * The comparison of two or more roles: the lead and the glance, the pictures, the table
 * (aspects by roles), the short lines of what else the articles say, and the page's list
 * of sources. With {@code onlyDifferences} the page shows the table alone, without its
 * shared ground, and without the rows that hold nothing else; {@code hidden} counts the
 * statements left out, and {@code leftOutAnchors} are the ids of the rows and lines it
 * leaves out, which a link may still name. Every row shown keeps the kind it has in full,
 * so that labels and counts never change with the view.
 */
public record Comparison(List<Role> roles, Glance glance, Pictures pictures, List<ComparisonRow> rows, List<Line> lines,
		List<Note> notes, List<Cite> cites, String path, boolean onlyDifferences, int hidden,
		List<String> leftOutAnchors) {

	/** The page's list of sources, an article at a time. */
	public List<NoteGroup> sources() {
		return NoteGroup.of(this.notes);
	}

	public long count(ComparisonRow.Kind kind) {
		return this.rows.stream().filter(row -> row.kind() == kind).count();
	}

	/** The kinds of row on the page, in the legend's order. */
	public List<ComparisonRow.Kind> kinds() {
		return Arrays.stream(ComparisonRow.Kind.values()).filter(kind -> count(kind) > 0).toList();
	}

	/** The kinds of divergence note on the page, in the legend's order. */
	public List<DivergenceKind> divergenceKinds() {
		return Arrays.stream(DivergenceKind.values())
			.filter(kind -> this.rows.stream()
				.flatMap(row -> row.divergences().stream())
				.anyMatch(d -> d.kind() == kind))
			.toList();
	}

	/**
	 * The caption's account of the rows: "9 aspects: 5 differ, 3 partly shared, 1
	 * describes only some roles".
	 */
	public String tally() {
		String counts = kinds().stream().map(kind -> count(kind) + " " + switch (kind) {
			case DIFFERS -> "differ";
			case PARTLY_SHARED -> "partly shared";
			case SHARED -> "fully shared";
			case ONE_SIDED -> (this.roles.size() == 2) ? "describe one role only" : "leave a role undescribed";
		}).collect(Collectors.joining(", "));
		return this.rows.size() + " aspects: " + counts;
	}

	/** What the view of differences leaves out, said once above the table. */
	public String leftOut() {
		return "Only the differences: the glance, the drawing, what the roles share and what else the articles say ("
				+ ((this.hidden == 1) ? "one statement" : this.hidden + " statements")
				+ " in all) are left out of this view.";
	}

	/** The versus line of the heading: "CTO vs CIO". */
	public String versus() {
		return this.roles.stream().map(Role::abbreviation).collect(Collectors.joining(" vs "));
	}

	/**
	 * An aspect said in a short line under the table rather than in a row of it (its
	 * layout is a line): what the articles say that gives a reader nothing to choose
	 * between the roles by. {@code anchor} and {@code aliases} are its ids on the page.
	 */
	public record Line(String anchor, String name, List<String> aliases, List<Item> items) {

		/**
		 * A statement and who among the compared roles holds it ("Both", "CTO", "CTO and
		 * CFO").
		 */
		public record Item(String holders, List<Role> heldBy, CitedStatement statement) {
		}

	}

}
