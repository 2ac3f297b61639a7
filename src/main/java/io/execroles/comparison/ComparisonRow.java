package io.execroles.comparison;

import java.util.List;
import java.util.Optional;

import io.execroles.role.CitedStatement;
import io.execroles.role.DivergenceKind;
import io.execroles.role.RoleSummary;
import io.execroles.source.Note;

/**
 * One aspect across the compared roles. {@code shared} holds what every compared role has
 * in common on it; each cell holds what is the role's own.
 */
public record ComparisonRow(String anchor, String name, String question, List<Cell> cells, List<CitedStatement> shared,
		Optional<Divergence> divergence) {

	/**
	 * True where the roles differ on this aspect; false where they only share common
	 * ground.
	 */
	public boolean differs() {
		return this.cells.stream().anyMatch(cell -> !cell.statements().isEmpty());
	}

	public record Cell(RoleSummary role, List<CitedStatement> statements) {
	}

	/**
	 * The sources do not line up on this aspect: a note in the site's words, of a kind,
	 * citing the passages concerned.
	 */
	public record Divergence(DivergenceKind kind, String note, List<Note> notes) {
	}

}
