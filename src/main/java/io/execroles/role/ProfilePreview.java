package io.execroles.role;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.execroles.content.Role;
import io.execroles.preview.PreviewCard;
import io.execroles.preview.PreviewCards;
import io.execroles.preview.PreviewImages;
import io.execroles.web.layout.PageMeta;

import org.springframework.stereotype.Component;

/** A profile's link-preview picture: the role's summary and its fact box. */
@Component
class ProfilePreview implements PreviewCards {

	/** More lines than this do not fit the picture: three to a column, two columns. */
	private static final int LINES = 6;

	private final RoleService roles;

	ProfilePreview(RoleService roles) {
		this.roles = roles;
	}

	@Override
	public Optional<PreviewCard> cardFor(String pagePath) {
		return this.roles.findAll()
			.stream()
			.filter(role -> role.path().equals(pagePath))
			.findFirst()
			.flatMap(role -> this.roles.findProfile(role.slug()))
			.map(ProfilePreview::card);
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
		return images.describe(profile.role().path(), card, card.title() + ": " + facts + (facts.isEmpty() ? "" : "."));
	}

}
