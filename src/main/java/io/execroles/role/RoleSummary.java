package io.execroles.role;

/**
 * What every page may say of a role: its names, its summary, its colours and where its
 * profile is.
 */
public record RoleSummary(String slug, String abbreviation, String title, String summary, int displayOrder,
		String colour, String darkColour) {

	static RoleSummary of(Role role) {
		return new RoleSummary(role.getSlug(), role.getAbbreviation(), role.getTitle(), role.getSummary(),
				role.getDisplayOrder(), role.getColour(), role.getDarkColour());
	}

	public String path() {
		return RolePaths.profile(this.slug);
	}

	/**
	 * The class that gives an element the role's colour ({@code --role}): see
	 * {@link RoleStylesheet}.
	 */
	public String cssClass() {
		return "role-" + this.slug;
	}

}
