package io.execroles.role;

import java.util.List;

import io.execroles.content.Divergence;
import io.execroles.content.Role;
import io.execroles.source.Cite;
import io.execroles.source.Note;

/**
 * A statement as a page shows it: its words, the citation control that opens the passages
 * it rests on, and the roles that hold it (more than one where it is common ground).
 * {@code divergence} is the note of its aspect that cites a passage it rests on, where
 * the articles do not line up on it; otherwise null.
 */
public record CitedStatement(String slug, String text, String aspectSlug, Divergence divergence, Cite cite,
		List<Role> heldBy) {

	/** The passages it rests on, as this page numbers them. */
	public List<Note> notes() {
		return this.cite.notes();
	}

	/**
	 * The other roles that hold this statement too, seen from the role a page is about.
	 */
	public List<Role> sharedWith(String roleSlug) {
		return this.heldBy.stream().filter(role -> !role.slug().equals(roleSlug)).toList();
	}

}
