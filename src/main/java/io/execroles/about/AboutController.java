package io.execroles.about;

import java.util.List;

import io.execroles.content.ContentSnapshot;
import io.execroles.content.DivergenceKind;
import io.execroles.web.cache.CachedResponse;
import io.execroles.web.layout.PageMeta;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What a reader should know before trusting the site: what it is, how it was made, what
 * it rests on, and what those articles do not cover.
 */
@Controller
class AboutController {

	private final ContentSnapshot content;

	AboutController(ContentSnapshot content) {
		this.content = content;
	}

	@GetMapping("/about")
	@CachedResponse
	String about(Model model) {
		model.addAttribute("page",
				PageMeta.page("About this site",
						"What the site is, how it was made, the two articles it rests on, and what they do not cover.",
						"/about"));
		model.addAttribute("sources", this.content.sources());
		model.addAttribute("roles", this.content.roles());
		model.addAttribute("statementCount", this.content.statements().size());
		model.addAttribute("passageCount", this.content.passages().size());
		model.addAttribute("topics", this.content.topics());
		model.addAttribute("divergenceKinds", List.of(DivergenceKind.values()));
		return "about/about";
	}

}
