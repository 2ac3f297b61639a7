package io.execroles.role;

import java.util.List;

import io.execroles.content.Role;
import io.execroles.source.Cite;
import io.execroles.source.Note;
import io.execroles.source.NoteGroup;

/**
 * Everything a profile page shows: the summary, the fact box (the role's gists on the
 * glance lines), the sections. {@code notes} is the page's list of sources, in the order
 * the page cites them.
 */
public record RoleProfile(Role role, Cite summary, List<KeyFact> facts, List<ProfileSection> sections, List<Note> notes,
		List<Cite> cites, List<CompareLink> compareLinks) {

	/** The page's list of sources, an article at a time. */
	public List<NoteGroup> sources() {
		return NoteGroup.of(this.notes);
	}

	/** A line of the fact box: "Reports to" "the CEO, in many cases", cited. */
	public record KeyFact(String aspectSlug, String aspectName, String label, String text, Cite cite) {
	}

	/** A comparison of this role with others, offered from its profile. */
	public record CompareLink(List<Role> others, String path) {
	}

}
