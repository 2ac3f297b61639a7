package io.execroles.source;

import java.util.Locale;

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
class SourceController {

	private final SourceService sources;

	SourceController(SourceService sources) {
		this.sources = sources;
	}

	@GetMapping("/sources")
	@CachedResponse
	String list(Model model) {
		model.addAttribute("page", PageMeta.page("Sources",
				"The articles that every statement on the site is drawn from, in full.", "/sources"));
		model.addAttribute("sources", this.sources.findAll());
		return "sources/list";
	}

	@GetMapping("/sources/{slug}")
	@CachedResponse
	Object source(@PathVariable String slug, Model model) {
		String lowerCase = slug.toLowerCase(Locale.ROOT);
		if (!lowerCase.equals(slug)) {
			return Redirects.permanent("/sources/" + lowerCase);
		}
		SourcePage page = this.sources.findPage(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no source article at this address."));
		model.addAttribute("page",
				PageMeta.article(page.source().title(),
						"The article “" + page.source().title() + "”, published on " + page.source().publisher()
								+ ", in full, with the " + page.passageCount() + " passages the site cites marked.",
						page.source().path()));
		model.addAttribute("source", page);
		return "sources/source";
	}

}
