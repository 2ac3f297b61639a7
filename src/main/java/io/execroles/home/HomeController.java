package io.execroles.home;

import java.util.List;

import io.execroles.comparison.ComparisonService;
import io.execroles.content.Role;
import io.execroles.role.RoleService;
import io.execroles.web.cache.CachedResponse;
import io.execroles.web.layout.PageMeta;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the site is, the main difference between the featured roles in one
 * sentence and at a glance, the roles, and a way to compare others.
 */
@Controller
class HomeController {

	private final RoleService roles;

	private final ComparisonService comparisons;

	HomeController(RoleService roles, ComparisonService comparisons) {
		this.roles = roles;
		this.comparisons = comparisons;
	}

	@GetMapping("/")
	@CachedResponse
	String home(Model model) {
		model.addAttribute("page", PageMeta.page("Executive roles, compared and cited",
				"Profiles of executive roles and a side-by-side comparison, every statement cited to the sentence "
						+ "of the article it comes from.",
				"/"));
		model.addAttribute("roles", this.roles.findAll());
		List<Role> featured = this.roles.findFeaturedComparison();
		if (featured.size() == 2) {
			model.addAttribute("glance", this.comparisons.glance(featured));
		}
		return "home";
	}

}
