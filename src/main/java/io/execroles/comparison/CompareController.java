package io.execroles.comparison;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import io.execroles.content.Role;
import io.execroles.preview.PreviewImages;
import io.execroles.role.RolePaths;
import io.execroles.role.RoleService;
import io.execroles.web.SiteProperties;
import io.execroles.web.cache.CachedResponse;
import io.execroles.web.http.Redirects;
import io.execroles.web.layout.PageMeta;
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

	static final String ONLY_DIFFERENCES = "differences";

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ComparisonService comparisons;

	private final RoleService roles;

	private final SiteProperties site;

	private final PreviewImages images;

	CompareController(ComparisonService comparisons, RoleService roles, SiteProperties site, PreviewImages images) {
		this.comparisons = comparisons;
		this.roles = roles;
		this.site = site;
		this.images = images;
	}

	/**
	 * The picker: without a choice it offers one; with a choice it sends the browser to
	 * the comparison, or answers again with the choice kept and what is wrong with it.
	 */
	@GetMapping("/compare")
	@CachedResponse
	Object pick(@RequestParam(name = "roles", required = false) List<String> chosen,
			@RequestParam(name = "action", required = false) String action, Model model, HttpServletResponse response) {
		boolean submitted = chosen != null || action != null;
		// Unasked, the picker starts from the comparison the site leads with.
		List<String> ticked = (chosen != null) ? chosen
				: submitted ? List.of() : this.roles.findFeaturedComparison().stream().map(Role::slug).toList();
		String problem = submitted ? problemWith(ticked) : null;
		if (submitted && problem == null) {
			try {
				return Redirects.seeOther(RolePaths.comparison(this.comparisons.resolve(ticked)));
			}
			catch (ResponseStatusException refusal) {
				problem = refusal.getReason();
			}
		}
		if (problem != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("page", PageMeta.page((problem != null) ? "Error: Compare roles" : "Compare roles",
				"Choose two to four executive roles and see how they differ, aspect by aspect, every statement cited.",
				"/compare"));
		model.addAttribute("roles", this.roles.findAll());
		model.addAttribute("chosen", ticked);
		model.addAttribute("problem", problem);
		return "compare/picker";
	}

	private static String problemWith(List<String> ticked) {
		long distinct = ticked.stream().distinct().count();
		if (distinct == 0) {
			return "Choose two to four roles to compare.";
		}
		if (distinct < ComparisonService.MIN_ROLES) {
			return "Choose at least one more role: a comparison needs two to four.";
		}
		if (distinct > ComparisonService.MAX_ROLES) {
			return "Choose no more than four roles: you chose " + distinct + ".";
		}
		return null;
	}

	@GetMapping("/compare/{names}")
	@CachedResponse
	Object compare(@PathVariable String names, @RequestParam(required = false) String only, Model model) {
		ComparisonAddress address = this.comparisons.address(names);
		boolean onlyDifferences = onlyDifferences(only);
		if (!address.isCanonical(names)) {
			return Redirects.permanent(address.path() + (onlyDifferences ? "?only=" + ONLY_DIFFERENCES : ""));
		}
		List<Role> compared = address.roles();
		Comparison comparison = this.comparisons.compare(compared, onlyDifferences);
		String titles = compared.stream().map(Role::title).collect(Collectors.joining(" and the "));
		String lead = comparison.glance().lead().sentence();
		String description = Character.toUpperCase(lead.charAt(0)) + lead.substring(1) + " How the " + titles
				+ " differ, aspect by aspect, every statement cited.";
		model.addAttribute("page",
				PageMeta
					.article(comparison.versus() + ": the differences, aspect by aspect", description, address.path())
					.withImage(ComparisonPreview.image(comparison.glance(), this.images)));
		model.addAttribute("comparison", comparison);
		model.addAttribute("roles", this.roles.findAll());
		return "compare/comparison";
	}

	/**
	 * The comparison as CSV: one row per aspect, one column per role, the cited passages
	 * in the last column.
	 */
	@GetMapping(path = "/compare/{names}.csv", produces = "text/csv")
	@CachedResponse
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
