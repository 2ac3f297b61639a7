package io.execroles.role;

import java.util.Locale;

import io.execroles.content.Role;
import io.execroles.preview.PreviewImages;
import io.execroles.web.SiteProperties;
import io.execroles.web.cache.CachedResponse;
import io.execroles.web.http.Redirects;
import io.execroles.web.layout.PageMeta;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class RoleController {

	private final RoleService roles;

	private final SiteProperties site;

	private final PreviewImages images;

	RoleController(RoleService roles, SiteProperties site, PreviewImages images) {
		this.roles = roles;
		this.site = site;
		this.images = images;
	}

	@GetMapping("/roles")
	@CachedResponse
	String list(Model model) {
		model.addAttribute("page",
				PageMeta.page("All roles",
						"Every executive role on the site, each with a profile whose statements cite their sources.",
						"/roles"));
		model.addAttribute("roles", this.roles.findAll());
		return "roles/list";
	}

	@GetMapping("/roles/{slug}")
	@CachedResponse
	Object profile(@PathVariable String slug, Model model) {
		String lowerCase = slug.toLowerCase(Locale.ROOT);
		if (!lowerCase.equals(slug)) {
			return Redirects.permanent("/roles/" + lowerCase);
		}
		RoleProfile profile = this.roles.findProfile(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no role at this address."));
		Role role = profile.role();
		model.addAttribute("page",
				PageMeta.article(role.title() + " (" + role.abbreviation() + ")", role.summary().text(), role.path())
					.withImage(ProfilePreview.image(profile, this.images)));
		model.addAttribute("profile", profile);
		model.addAttribute("jsonLd", OccupationJsonLd.of(profile, this.site));
		return "roles/profile";
	}

}
