package io.execroles.web;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page, error pages included, what the layout reads. */
@ControllerAdvice
class SiteModel {

	private final SiteProperties site;

	private final List<PageStylesheets> stylesheets;

	SiteModel(SiteProperties site, List<PageStylesheets> stylesheets) {
		this.site = site;
		this.stylesheets = stylesheets;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	@ModelAttribute("stylesheets")
	List<String> stylesheets() {
		return this.stylesheets.stream().flatMap(sheets -> sheets.paths().stream()).toList();
	}

}
