package io.execroles.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page, error pages included, what the layout reads. */
@ControllerAdvice
class SiteModel {

	private final SiteProperties site;

	SiteModel(SiteProperties site) {
		this.site = site;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

}
