package io.execroles.role;

/**
 * What every page may say of a role: its names, its one-line summary and where its
 * profile is.
 */
public record RoleSummary(String slug, String abbreviation, String title, String summary, int displayOrder) {

	static RoleSummary of(Role role) {
		return new RoleSummary(role.getSlug(), role.getAbbreviation(), role.getTitle(), role.getSummary(),
				role.getDisplayOrder());
	}

	public String path() {
		return RolePaths.profile(this.slug);
	}

}
