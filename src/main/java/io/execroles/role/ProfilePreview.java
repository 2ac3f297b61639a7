package io.execroles.role;

import java.util.List;
import java.util.stream.Collectors;

import io.execroles.content.Role;
import io.execroles.web.PageMeta;
import io.execroles.web.PreviewCard;
import io.execroles.web.PreviewImages;

/** A profile's link-preview picture: the role's summary and its fact box. */
final class ProfilePreview {

	/** More lines than this do not fit the picture: three to a column, two columns. */
	private static final int LINES = 6;

	private ProfilePreview() {
	}

	static PreviewCard card(RoleProfile profile) {
		Role role = profile.role();
		List<PreviewCard.Line> lines = profile.facts()
			.stream()
			.limit(LINES)
			.map(fact -> new PreviewCard.Line(fact.label(), fact.text()))
			.toList();
		return new PreviewCard("Role profile", role.title() + " (" + role.abbreviation() + ")", role.summary().text(),
				List.of(new PreviewCard.Column(role.abbreviation(), "in brief", role.colour(), lines)));
	}

	static PageMeta.PreviewImage image(RoleProfile profile, PreviewImages images) {
		PreviewCard card = card(profile);
		String facts = card.columns()
			.get(0)
			.lines()
			.stream()
			.map(line -> line.label() + " " + line.text())
			.collect(Collectors.joining("; "));
		return images.describe(route(profile.role().slug()), card,
				card.title() + ": " + facts + (facts.isEmpty() ? "" : "."));
	}

	static String route(String slug) {
		return "/images/preview/roles/" + slug;
	}

}
