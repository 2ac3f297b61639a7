package io.execroles.comparison;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.execroles.role.RolePaths;
import io.execroles.role.RoleService;
import io.execroles.role.RoleSummary;
import io.execroles.web.PageMeta;
import io.execroles.web.Redirects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompareController {

	private final ComparisonService comparisons;

	private final RoleService roles;

	CompareController(ComparisonService comparisons, RoleService roles) {
		this.comparisons = comparisons;
		this.roles = roles;
	}

	/**
	 * The picker: without roles it offers the choice, with them it sends the browser to
	 * the comparison.
	 */
	@GetMapping("/compare")
	Object pick(@RequestParam(name = "roles", required = false) List<String> chosen, Model model) {
		if (chosen != null) {
			return Redirects.seeOther(RolePaths.comparison(this.comparisons.resolve(chosen)));
		}
		model.addAttribute("page", PageMeta.page("Compare roles",
				"Choose two to four executive roles and see how they differ, aspect by aspect, every statement cited.",
				"/compare"));
		model.addAttribute("roles", this.roles.findAll());
		return "compare/picker";
	}

	@GetMapping("/compare/{names}")
	Object compare(@PathVariable String names, Model model) {
		List<RoleSummary> compared = this.comparisons.resolve(Arrays.asList(names.split(RolePaths.VERSUS, -1)));
		String canonical = RolePaths.comparison(compared);
		if (!canonical.equals("/compare/" + names)) {
			return Redirects.permanent(canonical);
		}
		Comparison comparison = this.comparisons.compare(compared);
		String versus = compared.stream().map(RoleSummary::abbreviation).collect(Collectors.joining(" vs "));
		String titles = compared.stream().map(RoleSummary::title).collect(Collectors.joining(" and the "));
		model.addAttribute("page",
				PageMeta.article(versus + ": the differences, aspect by aspect",
						"How the " + titles + " differ on " + comparison.rows().size()
								+ " aspects, from focus and reporting line to history, and the ground they share. "
								+ "Every statement cited.",
						canonical));
		model.addAttribute("comparison", comparison);
		model.addAttribute("roles", this.roles.findAll());
		return "compare/comparison";
	}

}
