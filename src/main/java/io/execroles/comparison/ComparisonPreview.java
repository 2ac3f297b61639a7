package io.execroles.comparison;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.execroles.content.Role;
import io.execroles.preview.PreviewCard;
import io.execroles.preview.PreviewCards;
import io.execroles.preview.PreviewImages;
import io.execroles.web.layout.PageMeta;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** A comparison's link-preview picture: its glance, one column per role. */
@Component
class ComparisonPreview implements PreviewCards {

	/** More lines than this do not fit a column of the picture. */
	private static final int LINES = 3;

	private static final String PREFIX = "/compare/";

	private final ComparisonService comparisons;

	ComparisonPreview(ComparisonService comparisons) {
		this.comparisons = comparisons;
	}

	@Override
	public Optional<PreviewCard> cardFor(String pagePath) {
		if (!pagePath.startsWith(PREFIX)) {
			return Optional.empty();
		}
		try {
			ComparisonAddress address = this.comparisons.address(pagePath.substring(PREFIX.length()));
			return address.path().equals(pagePath) ? Optional.of(card(this.comparisons.glance(address.roles())))
					: Optional.empty();
		}
		catch (ResponseStatusException notAComparison) {
			return Optional.empty();
		}
	}

	static PreviewCard card(Glance glance) {
		var columns = glance.roles().stream().map(role -> {
			var lines = glance.rows()
				.stream()
				.limit(LINES)
				.map(row -> row.cells()
					.stream()
					.filter(cell -> cell.role().equals(role) && cell.text() != null)
					.findFirst()
					.map(cell -> new PreviewCard.Line(row.label(), cell.text())))
				.flatMap(java.util.Optional::stream)
				.toList();
			return new PreviewCard.Column(role.abbreviation(), role.title(), role.colour(), lines);
		}).toList();
		return new PreviewCard("Comparison", versus(glance.roles()), glance.inOneSentence(), columns);
	}

	static PageMeta.PreviewImage image(Glance glance, PreviewImages images) {
		PreviewCard card = card(glance);
		String lines = glance.rows()
			.stream()
			.limit(LINES)
			.map(row -> row.label() + ": "
					+ row.cells()
						.stream()
						.filter(cell -> cell.text() != null)
						.map(cell -> cell.text() + " (" + cell.role().abbreviation() + ")")
						.collect(Collectors.joining("; ")))
			.collect(Collectors.joining(". "));
		String alt = card.title() + ", side by side. " + ((card.sentence() != null) ? card.sentence() + " " : "")
				+ lines + ".";
		return images.describe(glance.path(), card, alt);
	}

	private static String versus(List<Role> roles) {
		return roles.stream().map(Role::abbreviation).collect(Collectors.joining(" vs "));
	}

}
