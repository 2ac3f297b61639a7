package io.execroles.role;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import io.execroles.content.Role;

/**
 * The addresses of comparisons. A comparison has one canonical address: its roles in
 * their order, so that every link to the same comparison is the same link.
 */
public final class RolePaths {

	/** Separates the roles in a comparison's address: {@code /compare/cto-vs-cio}. */
	public static final String VERSUS = "-vs-";

	private RolePaths() {
	}

	public static String comparison(List<Role> roles) {
		return "/compare/" + roles.stream()
			.sorted(Comparator.comparingInt(Role::order))
			.map(Role::slug)
			.collect(Collectors.joining(VERSUS));
	}

}
