package io.execroles.role;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The addresses of profiles and comparisons. A comparison has one canonical address: its
 * roles in their display order, so that every link to the same comparison is the same
 * link.
 */
public final class RolePaths {

	/** Separates the roles in a comparison's address: {@code /compare/cto-vs-cio}. */
	public static final String VERSUS = "-vs-";

	private RolePaths() {
	}

	public static String profile(String slug) {
		return "/roles/" + slug;
	}

	public static String comparison(List<RoleSummary> roles) {
		return "/compare/" + roles.stream()
			.sorted(Comparator.comparingInt(RoleSummary::displayOrder))
			.map(RoleSummary::slug)
			.collect(Collectors.joining(VERSUS));
	}

}
