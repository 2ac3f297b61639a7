package io.execroles.comparison;

import java.util.List;

import io.execroles.content.Role;

/**
 * The roles an address such as {@code cto-vs-cio} names, in canonical order, and the one
 * path their comparison has. The page, its CSV and its JSON all send an address that
 * names the roles otherwise to that path.
 */
record ComparisonAddress(List<Role> roles, String path) {

	/**
	 * True when the address named the roles as the canonical path does: same order, lower
	 * case.
	 */
	boolean isCanonical(String names) {
		return this.path.equals("/compare/" + names);
	}

}
