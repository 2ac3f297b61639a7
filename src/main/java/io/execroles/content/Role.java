package io.execroles.content;

/**
 * An executive role: its names, its colours on light and dark pages, its summary and its
 * lead (what it does, as a verb phrase that reads after its abbreviation). Which roles
 * exist is content: no code names one.
 */
public record Role(String slug, String abbreviation, String title, int order, String colour, String darkColour,
		Cited summary, Cited lead) {

	/** The address of the role's profile. */
	public String path() {
		return "/roles/" + this.slug;
	}

	/** The class that gives an element the role's colour, from the roles' stylesheet. */
	public String cssClass() {
		return "role-" + this.slug;
	}

}
