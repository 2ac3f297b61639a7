package io.execroles.comparison;

import java.util.List;
import java.util.stream.Collectors;

import io.execroles.content.Role;
import io.execroles.source.Note;
import io.execroles.source.NoteGroup;

/**
 * The difference table of two or more roles: the contrasts at a glance, then aspects by
 * roles, with the page's list of sources. With {@code onlyDifferences} the shared ground
 * is left out, but each row keeps the kind it has in full, so that labels and counts
 * never change with the view.
 */
public record Comparison(List<Role> roles, Glance glance, List<ComparisonRow> rows, List<Note> notes, String path,
		boolean onlyDifferences) {

	/** The page's list of sources, an article at a time. */
	public List<NoteGroup> sources() {
		return NoteGroup.of(this.notes);
	}

	public long count(ComparisonRow.Kind kind) {
		return this.rows.stream().filter(row -> row.kind() == kind).count();
	}

	/** The rows where some of the roles share ground. */
	public List<ComparisonRow> sharedRows() {
		return this.rows.stream()
			.filter(row -> row.kind() == ComparisonRow.Kind.SHARED || !row.shared().isEmpty() || row.hiddenShared() > 0)
			.toList();
	}

	/**
	 * The caption's account of the rows: "16 aspects: 9 differ, 5 partly shared, 2
	 * describe only some roles".
	 */
	public String tally() {
		String counts = java.util.Arrays.stream(ComparisonRow.Kind.values())
			.filter(kind -> count(kind) > 0)
			.map(kind -> count(kind) + " " + switch (kind) {
				case DIFFERS -> "differ";
				case PARTLY_SHARED -> "partly shared";
				case SHARED -> "fully shared";
				case ONE_SIDED -> (this.roles.size() == 2) ? "describe one role only" : "leave a role undescribed";
			})
			.collect(Collectors.joining(", "));
		return this.rows.size() + " aspects: " + counts;
	}

	/** See {@link Glance#inOneSentence()}. */
	public String inOneSentence() {
		return this.glance.inOneSentence();
	}

}
