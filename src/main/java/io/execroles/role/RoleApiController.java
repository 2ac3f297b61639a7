package io.execroles.role;

import java.util.List;

import io.execroles.content.Role;
import io.execroles.source.CitationJson;
import io.execroles.web.SiteProperties;
import io.execroles.web.cache.CachedResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The roles as JSON, from the same read models as the pages. */
@RestController
class RoleApiController {

	private final RoleService roles;

	private final SiteProperties site;

	RoleApiController(RoleService roles, SiteProperties site) {
		this.roles = roles;
		this.site = site;
	}

	@GetMapping("/api/roles")
	@CachedResponse
	List<RoleJson> list() {
		return this.roles.findAll().stream().map(this::json).toList();
	}

	@GetMapping("/api/roles/{slug}")
	@CachedResponse
	ProfileJson profile(@PathVariable String slug) {
		RoleProfile profile = this.roles.findProfile(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no role at this address."));
		return new ProfileJson(json(profile.role()),
				profile.summary().notes().stream().map(note -> CitationJson.of(note, this.site)).toList(),
				profile.sections()
					.stream()
					.map(section -> new SectionJson(section.anchor(), section.heading(),
							this.site.absolute(profile.role().path() + "#" + section.anchor()),
							section.statements().stream().map(s -> StatementJson.of(s, this.site)).toList()))
					.toList());
	}

	private RoleJson json(Role role) {
		return new RoleJson(role.slug(), role.abbreviation(), role.title(), role.summary().text(),
				this.site.absolute(role.path()), this.site.absolute("/api" + role.path()));
	}

	record RoleJson(String slug, String abbreviation, String title, String summary, String url, String api) {
	}

	record ProfileJson(RoleJson role, List<CitationJson> summaryCitations, List<SectionJson> sections) {
	}

	record SectionJson(String id, String heading, String url, List<StatementJson> statements) {
	}

}
