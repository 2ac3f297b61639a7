package io.execroles.web;

import java.util.List;

import io.execroles.role.RolePaths;
import io.execroles.role.RoleService;
import io.execroles.role.RoleSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final RoleService roles;

	HomeController(RoleService roles) {
		this.roles = roles;
	}

	@GetMapping("/")
	String home(Model model) {
		List<RoleSummary> all = this.roles.findAll();
		model.addAttribute("page", PageMeta.page("Executive roles, compared and cited",
				"Profiles of executive roles and a side-by-side comparison, every statement cited to the sentence "
						+ "of the article it comes from.",
				"/"));
		model.addAttribute("roles", all);
		List<RoleSummary> featured = this.roles.findFeaturedComparison();
		if (featured.size() == 2) {
			model.addAttribute("featured", featured);
			model.addAttribute("featuredPath", RolePaths.comparison(featured));
		}
		return "home";
	}

}
