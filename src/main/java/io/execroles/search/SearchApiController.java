package io.execroles.search;

import java.util.List;

import io.execroles.content.Role;
import io.execroles.source.CitationJson;
import io.execroles.web.SiteProperties;
import io.execroles.web.cache.CachedResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search as JSON: the same ranked results as the page, each with its citations. */
@RestController
class SearchApiController {

	private final SearchService search;

	private final SiteProperties site;

	SearchApiController(SearchService search, SiteProperties site) {
		this.search = search;
		this.site = site;
	}

	@GetMapping("/api/search")
	@CachedResponse(region = CachedResponse.Region.SEARCHES)
	SearchJson search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "role", required = false) String role) {
		SearchResults results = this.search.search(query, role);
		return new SearchJson(results.query(), (results.role() != null) ? results.role().slug() : null,
				this.site.absolute(results.address()), results.suggestion(), results.shownFor(), results.advice(),
				results.hits().stream().map(this::json).toList());
	}

	private ResultJson json(SearchResults.Hit hit) {
		String text = hit.text().stream().map(SearchResults.Segment::text).reduce("", String::concat);
		List<String> matched = hit.text()
			.stream()
			.filter(SearchResults.Segment::matched)
			.map(SearchResults.Segment::text)
			.distinct()
			.toList();
		List<CitationJson> citations = (hit.passage() != null) ? List.of(CitationJson.of(hit.passage(), this.site))
				: hit.citations().stream().map(note -> CitationJson.of(note, this.site)).toList();
		return new ResultJson(hit.type().name(), hit.id(), text, matched, hit.roles().stream().map(Role::slug).toList(),
				hit.aspectName(), this.site.absolute(hit.href()), citations);
	}

	record SearchJson(String query, String role, String url, String suggestion, String shownFor, String advice,
			List<ResultJson> results) {
	}

	record ResultJson(String type, String id, String text, List<String> matched, List<String> roles, String aspect,
			String url, List<CitationJson> citations) {
	}

}
