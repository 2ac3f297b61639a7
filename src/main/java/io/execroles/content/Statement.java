package io.execroles.content;

import java.util.List;

/**
 * Something the site says of one or more roles, resting on at least one passage. A
 * statement several roles hold is common ground between them. Its kind decides where a
 * profile shows it; its aspect, the row of the comparison. {@code roles} are in the
 * roles' order; {@code order} is the statement's place among all statements.
 */
public record Statement(String slug, StatementKind kind, Aspect aspect, String text, List<Role> roles,
		List<Passage> passages, int order) {

	public boolean isHeldBy(Role role) {
		return this.roles.stream().anyMatch(holder -> holder.slug().equals(role.slug()));
	}

}
