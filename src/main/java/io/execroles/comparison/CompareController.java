package io.execroles.comparison;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import io.execroles.role.RolePaths;
import io.execroles.role.RoleService;
import io.execroles.role.RoleSummary;
import io.execroles.web.PageMeta;
import io.execroles.web.Redirects;
import io.execroles.web.SiteProperties;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class CompareController {

	private final ComparisonService comparisons;

	static final String ONLY_DIFFERENCES = "differences";

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final RoleService roles;

	private final SiteProperties site;

	CompareController(ComparisonService comparisons, RoleService roles, SiteProperties site) {
		this.comparisons = comparisons;
		this.roles = roles;
		this.site = site;
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
	Object compare(@PathVariable String names, @RequestParam(required = false) String only, Model model) {
		ComparisonAddress address = this.comparisons.address(names);
		boolean onlyDifferences = onlyDifferences(only);
		if (!address.isCanonical(names)) {
			return Redirects.permanent(address.path() + (onlyDifferences ? "?only=" + ONLY_DIFFERENCES : ""));
		}
		List<RoleSummary> compared = address.roles();
		String canonical = address.path();
		Comparison comparison = this.comparisons.compare(compared, onlyDifferences);
		String versus = compared.stream().map(RoleSummary::abbreviation).collect(Collectors.joining(" vs "));
		String titles = compared.stream().map(RoleSummary::title).collect(Collectors.joining(" and the "));
		model.addAttribute("page",
				PageMeta.article(versus + ": the differences, aspect by aspect",
						"How the " + titles + " differ on " + comparison.rows().size()
								+ " aspects, from focus and reporting line to history, and the ground they share. "
								+ "Every statement cited.",
						canonical));
		model.addAttribute("comparison", comparison);
		model.addAttribute("onlyDifferences", onlyDifferences);
		model.addAttribute("roles", this.roles.findAll());
		return "compare/comparison";
	}

	/**
	 * The comparison as CSV: one row per aspect, one column per role, the cited passages
	 * in the last column.
	 */
	@GetMapping(path = "/compare/{names}.csv", produces = "text/csv")
	Object csv(@PathVariable String names, HttpServletResponse response) {
		ComparisonAddress address = this.comparisons.address(names);
		if (!address.isCanonical(names)) {
			return Redirects.permanent(address.path() + ".csv");
		}
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename(names + ".csv").build().toString());
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.body(ComparisonCsv.write(this.comparisons.compare(address.roles()), this.site));
	}

	private static boolean onlyDifferences(String only) {
		if (only == null) {
			return false;
		}
		if (!ONLY_DIFFERENCES.equals(only)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A comparison can show everything, or only the differences (?only=differences).");
		}
		return true;
	}

}
