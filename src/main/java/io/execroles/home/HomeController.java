package io.execroles.home;

import java.util.List;

import io.execroles.comparison.ComparisonService;
import io.execroles.comparison.Overview;
import io.execroles.content.Role;
import io.execroles.preview.PreviewImages;
import io.execroles.role.RoleService;
import io.execroles.web.cache.CachedResponse;
import io.execroles.web.layout.PageMeta;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the site is, the difference between the roles it leads with, in one
 * cited sentence, in pictures and at a glance, the roles, and a way to compare others.
 */
@Controller
class HomeController {

	private final RoleService roles;

	private final ComparisonService comparisons;

	private final PreviewImages images;

	HomeController(RoleService roles, ComparisonService comparisons, PreviewImages images) {
		this.roles = roles;
		this.comparisons = comparisons;
		this.images = images;
	}

	@GetMapping("/")
	@CachedResponse
	String home(Model model) {
		var page = PageMeta.page("Executive roles, compared and cited",
				"Profiles of executive roles and a side-by-side comparison, every statement cited to the sentence "
						+ "of the article it comes from.",
				"/");
		List<Role> featured = this.roles.findFeaturedComparison();
		if (featured.size() == 2) {
			Overview overview = this.comparisons.overview(featured);
			model.addAttribute("overview", overview);
			page = page.withImage(HomePreview.image(overview, this.images));
		}
		model.addAttribute("page", page);
		model.addAttribute("roles", this.roles.findAll());
		model.addAttribute("chosen", featured.stream().map(Role::slug).toList());
		return "home";
	}

}
