package io.execroles.web;

import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error page of the site, in its layout: what went wrong and where to go instead.
 * Refusals the site makes itself carry their own explanation; anything else gets a plain
 * one for its status. No stack trace, exception name or raw input ever reaches it.
 */
@Component
class ErrorPages {

	private final List<ErrorPageLinks> links;

	private final SiteModel site;

	ErrorPages(List<ErrorPageLinks> links, SiteModel site) {
		this.links = links;
		this.site = site;
	}

	ModelAndView page(HttpStatusCode statusCode, String explanation) {
		boolean clientError = statusCode.is4xxClientError();
		String title = switch (statusCode.value()) {
			case 404 -> "Page not found";
			case 405 -> "Method not allowed";
			case 503 -> "Try again in a moment";
			default -> clientError ? "This request cannot be answered" : "Something went wrong";
		};
		String message = (explanation != null) ? explanation : switch (statusCode.value()) {
			case 404 -> "There is no page at this address.";
			case 405 -> "This address can only be read, not changed.";
			default -> clientError ? "The address or the request is not one this site understands."
					: "The site could not answer this time. Please try again in a moment.";
		};
		var page = new ModelAndView("error", statusCode);
		page.addObject("page", PageMeta.error(title, message));
		// Rendered outside the handler that the site's model attributes apply to.
		page.addObject("site", this.site.site());
		page.addObject("stylesheets", this.site.stylesheets());
		page.addObject("status", statusCode.value());
		page.addObject("message", message);
		page.addObject("links", this.links.stream().flatMap(source -> source.links().stream()).toList());
		return page;
	}

}
