package io.execroles.role;

import java.util.List;

import io.execroles.content.DivergenceKind;
import io.execroles.content.Role;
import io.execroles.source.CitationJson;
import io.execroles.web.SiteProperties;

/**
 * A statement in the machine-readable copies, with the roles that hold it and its
 * citations.
 */
public record StatementJson(String id, String text, List<String> heldBy, DivergenceKind divergence,
		List<CitationJson> citations) {

	public static StatementJson of(CitedStatement statement, SiteProperties site) {
		return new StatementJson(statement.slug(), statement.text(),
				statement.heldBy().stream().map(Role::slug).toList(),
				(statement.divergence() != null) ? statement.divergence().kind() : null,
				statement.notes().stream().map(note -> CitationJson.of(note, site)).toList());
	}

}
