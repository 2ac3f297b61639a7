package io.execroles.web.layout;

import java.util.List;
import java.util.Map;

import io.execroles.web.SiteProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout reads on every page, error pages included: the site's public address,
 * its assets, and the stylesheets the features add.
 */
@Component
@ControllerAdvice
public class SiteModel {

	private final SiteProperties site;

	private final SiteAssets assets;

	private final List<PageStylesheets> stylesheets;

	SiteModel(SiteProperties site, SiteAssets assets, List<PageStylesheets> stylesheets) {
		this.site = site;
		this.assets = assets;
		this.stylesheets = stylesheets;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	@ModelAttribute("assets")
	SiteAssets assets() {
		return this.assets;
	}

	@ModelAttribute("stylesheets")
	List<String> stylesheets() {
		return this.stylesheets.stream().flatMap(sheets -> sheets.paths().stream()).toList();
	}

	/**
	 * The same, for a page rendered outside any request (the connector's error pages).
	 */
	public Map<String, Object> attributes() {
		return Map.of("site", site(), "assets", assets(), "stylesheets", stylesheets());
	}

}
