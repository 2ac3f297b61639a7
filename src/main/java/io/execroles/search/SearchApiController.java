package io.execroles.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
				this.site.absolute(results.address()), answer(results.answer()),
				(results.uncovered() != null) ? results.uncovered().name() : null, results.suggestion(),
				results.advice(), results.hits().stream().map(this::json).toList());
	}

	private AnswerJson answer(SearchResults.Answer answer) {
		if (answer == null) {
			return null;
		}
		Map<String, List<String>> columns = new LinkedHashMap<>();
		answer.columns().forEach(column -> columns.put(column.role().slug(), column.statements()));
		return new AnswerJson(answer.kind().name(), answer.heading(), answer.text(), columns,
				answer.shared().stream().map(shared -> shared.holders() + ": " + shared.statement()).toList(),
				this.site.absolute(answer.link().href()));
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

	/**
	 * {@code answer} and {@code notCovered} (the name of a topic the articles do not
	 * cover) are null where there is none.
	 */
	record SearchJson(String query, String role, String url, AnswerJson answer, String notCovered, String suggestion,
			String advice, List<ResultJson> results) {
	}

	/**
	 * {@code columns}: by role slug, the role's statements; {@code shared}: "Both: …".
	 */
	record AnswerJson(String kind, String heading, String text, Map<String, List<String>> columns, List<String> shared,
			String url) {
	}

	record ResultJson(String type, String id, String text, List<String> matched, List<String> roles, String aspect,
			String url, List<CitationJson> citations) {
	}

}
