package io.execroles.search;

import io.execroles.web.PageMeta;

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
	String search(@RequestParam(name = "q", required = false) String query, Model model) {
		SearchResults results = this.search.search(query);
		model.addAttribute("page", PageMeta.page(results.query().isEmpty() ? "Search" : "Search: " + results.query(),
				"Find what the articles say about the roles: responsibilities, attributes and the passages themselves.",
				"/search"));
		model.addAttribute("results", results);
		return "search/results";
	}

}
