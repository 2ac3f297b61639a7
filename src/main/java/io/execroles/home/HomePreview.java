package io.execroles.home;

import java.util.List;
import java.util.Optional;

import io.execroles.comparison.ComparisonPreview;
import io.execroles.comparison.ComparisonService;
import io.execroles.comparison.Overview;
import io.execroles.preview.PreviewCard;
import io.execroles.preview.PreviewCards;
import io.execroles.preview.PreviewImages;
import io.execroles.role.RoleService;
import io.execroles.web.layout.PageMeta;

import org.springframework.stereotype.Component;

/**
 * The home page's link-preview picture: the site's name over the comparison it leads
 * with. Its pictures live under {@code /images/preview/home}.
 */
@Component
class HomePreview implements PreviewCards {

	static final String PICTURES = "/home";

	private final RoleService roles;

	private final ComparisonService comparisons;

	HomePreview(RoleService roles, ComparisonService comparisons) {
		this.roles = roles;
		this.comparisons = comparisons;
	}

	@Override
	public Optional<PreviewCard> cardFor(String pagePath) {
		List<io.execroles.content.Role> featured = this.roles.findFeaturedComparison();
		if (!PICTURES.equals(pagePath) || featured.size() != 2) {
			return Optional.empty();
		}
		return Optional.of(card(this.comparisons.overview(featured)));
	}

	static PreviewCard card(Overview overview) {
		PreviewCard comparison = ComparisonPreview.card(overview.glance());
		return new PreviewCard("Executive Roles", "Executive roles, compared and cited", comparison.sentence(),
				comparison.columns());
	}

	static PageMeta.PreviewImage image(Overview overview, PreviewImages images) {
		PreviewCard card = card(overview);
		return images.describe(PICTURES, card,
				"Executive Roles: " + overview.versus() + ", side by side. " + card.sentence());
	}

}
