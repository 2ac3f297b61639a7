package io.execroles.role;

import java.util.List;

import io.execroles.source.Note;

/**
 * A statement as a page shows it: its words, the notes citing the passages it rests on,
 * and the roles that hold it (more than one where it is common ground). Where it rests on
 * a passage of its aspect's divergence note, {@code divergence} says what kind of
 * divergence; otherwise it is null.
 */
public record CitedStatement(String slug, String text, String aspectSlug, DivergenceKind divergence, List<Note> notes,
		List<RoleSummary> heldBy) {

	/**
	 * The other roles that hold this statement too, seen from the role a page is about.
	 */
	public List<RoleSummary> sharedWith(String roleSlug) {
		return this.heldBy.stream().filter(role -> !role.slug().equals(roleSlug)).toList();
	}

}
