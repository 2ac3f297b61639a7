package io.execroles.role;

import java.util.List;

import io.execroles.content.Divergence;
import io.execroles.content.Role;
import io.execroles.source.Note;

/**
 * A statement as a page shows it: its words, the notes citing the passages it rests on,
 * and the roles that hold it (more than one where it is common ground).
 * {@code divergence} is the note of its aspect that cites a passage it rests on, where
 * the articles do not line up on it; otherwise null.
 */
public record CitedStatement(String slug, String text, String aspectSlug, Divergence divergence, List<Note> notes,
		List<Role> heldBy) {

	/**
	 * The other roles that hold this statement too, seen from the role a page is about.
	 */
	public List<Role> sharedWith(String roleSlug) {
		return this.heldBy.stream().filter(role -> !role.slug().equals(roleSlug)).toList();
	}

}
