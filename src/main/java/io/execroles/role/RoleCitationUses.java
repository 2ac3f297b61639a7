package io.execroles.role;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.execroles.source.Citation;
import io.execroles.source.CitationUses;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds where profiles and the featured comparison cite a source's passages: in a
 * statement, a role's summary or an aspect's divergence note.
 */
@Component
@Transactional(readOnly = true)
class RoleCitationUses implements CitationUses {

	private final RoleRepository roles;

	private final RoleService roleService;

	RoleCitationUses(@Lazy RoleRepository roles, RoleService roleService) {
		this.roles = roles;
		this.roleService = roleService;
	}

	@Override
	public Map<String, List<Use>> of(String sourceSlug) {
		var uses = new LinkedHashMap<String, List<Use>>();
		List<RoleSummary> featured = this.roleService.findFeaturedComparison();
		Set<String> featuredSlugs = new HashSet<>(featured.stream().map(RoleSummary::slug).toList());
		String featuredPath = RolePaths.comparison(featured);

		for (Role role : this.roles.findAllWithSummaryCitations()) {
			for (Citation citation : role.getSummaryCitations()) {
				add(uses, sourceSlug, citation,
						new Use(role.getAbbreviation() + " summary", RolePaths.profile(role.getSlug()) + "#summary"));
			}
		}
		for (Statement statement : this.roles.findStatementsCiting(sourceSlug)) {
			var places = new ArrayList<Use>();
			statement.getRoles()
				.stream()
				.sorted(java.util.Comparator.comparingInt(Role::getDisplayOrder))
				.forEach(role -> places.add(new Use(role.getAbbreviation() + " profile",
						RolePaths.profile(role.getSlug()) + "#" + statement.getSlug())));
			boolean inFeatured = statement.getRoles().stream().allMatch(r -> featuredSlugs.contains(r.getSlug()));
			if (inFeatured && featured.size() == 2) {
				places.add(new Use("Comparison: " + statement.getAspect().getName(),
						featuredPath + "#" + statement.getAspect().getSlug()));
			}
			for (Citation citation : statement.getCitations()) {
				places.forEach(place -> add(uses, sourceSlug, citation, place));
			}
		}
		if (featured.size() == 2) {
			for (Aspect aspect : this.roles.findAllAspects()) {
				for (Citation citation : aspect.getDivergenceCitations()) {
					add(uses, sourceSlug, citation, new Use(aspect.getDivergenceKind().tag() + ": " + aspect.getName(),
							featuredPath + "#" + aspect.getSlug()));
				}
			}
		}
		return uses;
	}

	private static void add(Map<String, List<Use>> uses, String sourceSlug, Citation citation, Use use) {
		if (citation.getSource().getSlug().equals(sourceSlug)) {
			List<Use> places = uses.computeIfAbsent(citation.getAnchor(), anchor -> new ArrayList<>());
			if (!places.contains(use)) {
				places.add(use);
			}
		}
	}

}
