package io.execroles.comparison;

import java.util.List;
import java.util.stream.Collectors;

import io.execroles.content.Role;
import io.execroles.source.Cite;
import io.execroles.source.Note;
import io.execroles.source.NoteGroup;

/**
 * The difference between roles in brief, as the home page leads with it: the lead, the
 * pictures and the glance, with their own citation controls, and where the full
 * comparison is.
 */
public record Overview(List<Role> roles, Glance glance, Pictures pictures, List<Note> notes, List<Cite> cites,
		String path) {

	/** Its list of sources, an article at a time: folded on screen, printed in full. */
	public List<NoteGroup> sources() {
		return NoteGroup.of(this.notes);
	}

	/** "CTO vs CIO" */
	public String versus() {
		return this.roles.stream().map(Role::abbreviation).collect(Collectors.joining(" vs "));
	}

}
