package io.execroles.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.execroles.content.Aspect;
import io.execroles.content.ContentSnapshot;
import io.execroles.content.Divergence;
import io.execroles.content.GlanceLine;
import io.execroles.content.Passage;
import io.execroles.content.Role;
import io.execroles.content.Statement;
import io.execroles.source.CitationUses;

import org.springframework.stereotype.Component;

/**
 * Finds every place the profiles and the featured comparison cite a source's passages: a
 * role's summary or lead, a statement, a gist of the glance, a divergence note.
 */
@Component
class RoleCitationUses implements CitationUses {

	private final ContentSnapshot content;

	private final RoleService roles;

	RoleCitationUses(ContentSnapshot content, RoleService roles) {
		this.content = content;
		this.roles = roles;
	}

	@Override
	public Map<String, List<Use>> of(String sourceSlug) {
		var uses = new LinkedHashMap<String, List<Use>>();
		List<Role> featured = this.roles.findFeaturedComparison();
		String versus = String.join(" vs ", featured.stream().map(Role::abbreviation).toList());
		String comparison = RolePaths.comparison(featured);
		boolean compared = featured.size() == 2;

		for (Role role : this.content.roles()) {
			add(uses, sourceSlug, role.summary().passages(),
					new Use(role.abbreviation() + " profile › summary", role.path() + "#summary"));
			if (compared && featured.contains(role)) {
				add(uses, sourceSlug, role.lead().passages(),
						new Use(versus + " › the clearest contrast", comparison + "#lead"));
			}
		}
		for (GlanceLine line : this.content.glance()) {
			line.gists().forEach(gist -> {
				add(uses, sourceSlug, gist.passages(),
						new Use(gist.role().abbreviation() + " profile › in brief", gist.role().path()));
				if (compared && featured.contains(gist.role())) {
					add(uses, sourceSlug, gist.passages(), new Use(versus + " › at a glance", comparison + "#glance"));
				}
			});
		}
		for (Statement statement : this.content.statements()) {
			statement.roles()
				.forEach(role -> add(uses, sourceSlug, statement.passages(),
						new Use(role.abbreviation() + " profile", role.path() + "#" + statement.slug())));
			if (compared && featured.containsAll(statement.roles())) {
				add(uses, sourceSlug, statement.passages(), new Use(versus + " › " + statement.aspect().name(),
						comparison + "#" + statement.aspect().slug()));
			}
		}
		if (compared) {
			for (Aspect aspect : this.content.aspects()) {
				for (Divergence divergence : aspect.divergences()) {
					add(uses, sourceSlug, divergence.passages(),
							new Use(versus + " › note " + divergence.topic(), comparison + "#" + divergence.slug()));
				}
			}
		}
		return uses;
	}

	private static void add(Map<String, List<Use>> uses, String sourceSlug, List<Passage> passages, Use use) {
		for (Passage passage : passages) {
			if (passage.source().slug().equals(sourceSlug)) {
				List<Use> places = uses.computeIfAbsent(passage.anchor(), anchor -> new ArrayList<>());
				// One link per place named: a profile cites a passage from several
				// statements.
				if (places.stream().noneMatch(place -> place.label().equals(use.label()))) {
					places.add(use);
				}
			}
		}
	}

}
