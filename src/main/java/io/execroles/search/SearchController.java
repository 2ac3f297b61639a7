package io.execroles.search;

import io.execroles.web.cache.CachedResponse;
import io.execroles.web.layout.PageMeta;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	@CachedResponse(region = CachedResponse.Region.SEARCHES)
	String search(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "role", required = false) String role, Model model) {
		SearchResults results = this.search.search(query, role);
		String description = "Find what the articles say about the roles: statements, the aspects they are compared "
				+ "on, and the passages themselves.";
		// Each query has its own address, but result pages are not for search engines.
		model.addAttribute("page", results.query().isEmpty() ? PageMeta.page("Search", description, "/search")
				: PageMeta.unlisted("Search: " + results.query(), description, results.address()));
		model.addAttribute("results", results);
		model.addAttribute("searchQuery", results.query());
		return "search/results";
	}

}
