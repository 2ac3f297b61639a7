package io.execroles.comparison;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.execroles.content.Picture;
import io.execroles.content.Role;
import io.execroles.preview.PreviewCard;
import io.execroles.preview.PreviewCards;
import io.execroles.preview.PreviewImages;
import io.execroles.web.layout.PageMeta;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** A comparison's link-preview picture: its glance, one column per role. */
@Component
public class ComparisonPreview implements PreviewCards {

	/** More lines than this do not fit a column of the picture. */
	private static final int LINES = 3;

	/**
	 * The lines a picture has room for: the reporting line first, which says most in the
	 * fewest words, then the others in their order.
	 */
	private static List<Glance.Row> shown(Glance glance) {
		return java.util.stream.Stream
			.concat(glance.rows().stream().filter(row -> row.picture() == Picture.REPORTING_LINE),
					glance.rows().stream().filter(row -> row.picture() != Picture.REPORTING_LINE))
			.limit(LINES)
			.toList();
	}

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

	public static PreviewCard card(Glance glance) {
		var columns = glance.roles().stream().map(role -> {
			var lines = shown(glance).stream()
				.map(row -> row.cells()
					.stream()
					.filter(cell -> cell.role().equals(role) && cell.text() != null)
					.findFirst()
					.map(cell -> new PreviewCard.Line(row.label(), cell.text())))
				.flatMap(java.util.Optional::stream)
				.toList();
			return new PreviewCard.Column(role.abbreviation(), role.title(), role.colour(), lines);
		}).toList();
		String lead = glance.lead().sentence();
		return new PreviewCard("Comparison", versus(glance.roles()),
				Character.toUpperCase(lead.charAt(0)) + lead.substring(1), columns);
	}

	static PageMeta.PreviewImage image(Glance glance, PreviewImages images) {
		PreviewCard card = card(glance);
		String lines = shown(glance).stream()
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
