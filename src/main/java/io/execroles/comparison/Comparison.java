package io.execroles.comparison;

import java.util.List;

import io.execroles.role.RoleSummary;
import io.execroles.source.Note;

/**
 * The difference table of two or more roles: aspects by roles, with the page's list of
 * sources.
 */
public record Comparison(List<RoleSummary> roles, List<ComparisonRow> rows, List<Note> notes, String path) {

	/** The rows on which the roles share some ground, for the summary below the table. */
	public List<ComparisonRow> commonGround() {
		return this.rows.stream().filter(row -> !row.shared().isEmpty()).toList();
	}

	public long differenceCount() {
		return this.rows.stream().filter(ComparisonRow::differs).count();
	}

}
