package io.execroles.role;

import java.util.List;

import io.execroles.source.Note;

/**
 * Everything a profile page shows, assembled in one transaction. {@code notes} is the
 * page's list of sources, in the order the page cites them.
 */
public record RoleProfile(RoleSummary role, List<Note> summaryNotes, List<ProfileSection> sections, List<Note> notes,
		List<CompareLink> compareLinks) {

	/** A comparison of this role with others, offered from its profile. */
	public record CompareLink(List<RoleSummary> others, String path) {
	}

}
