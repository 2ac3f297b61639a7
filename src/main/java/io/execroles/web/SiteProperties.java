package io.execroles.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl the public address of the site, without a trailing slash: canonical
 * links and link previews must name it, and must not trust the request's Host header
 */
@ConfigurationProperties("executive-roles")
public record SiteProperties(String baseUrl) {

	public SiteProperties {
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
	}

	public String absolute(String path) {
		return this.baseUrl + path;
	}

}
