package io.execroles.web.error;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.execroles.web.layout.PageMeta;
import io.execroles.web.layout.SiteModel;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error page of the site, in its layout: what went wrong and where to go instead.
 * Refusals the site makes itself carry their own explanation; anything else gets a plain
 * one for its status. No stack trace, exception name or raw input ever reaches it, and no
 * cache keeps it.
 */
@Component
public class ErrorPages {

	static final String TEMPLATE = "error";

	private final List<ErrorPageLinks> links;

	private final SiteModel site;

	private final ITemplateEngine templates;

	ErrorPages(List<ErrorPageLinks> links, SiteModel site, ITemplateEngine templates) {
		this.links = links;
		this.site = site;
		this.templates = templates;
	}

	/** The error page for a response, which it marks as not to be kept by any cache. */
	ModelAndView page(HttpStatusCode status, String explanation, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		var page = new ModelAndView(TEMPLATE, status);
		page.addAllObjects(model(status, explanation));
		return page;
	}

	/** The error page as HTML, rendered outside any request. */
	String html(HttpStatusCode status) {
		var variables = new HashMap<String, Object>(model(status, null));
		return this.templates.process(TEMPLATE, new Context(Locale.ENGLISH, variables));
	}

	private Map<String, Object> model(HttpStatusCode status, String explanation) {
		boolean clientError = status.is4xxClientError();
		String title = switch (status.value()) {
			case 404 -> "Page not found";
			case 405 -> "Method not allowed";
			default -> clientError ? "This request cannot be answered" : "Something went wrong";
		};
		String message = (explanation != null) ? explanation : switch (status.value()) {
			case 404 -> "There is no page at this address.";
			case 405 -> "This address can only be read, not changed.";
			default -> clientError ? "The address or the request is not one this site understands."
					: "The site could not answer this time. Please try again in a moment.";
		};
		var model = new HashMap<String, Object>(this.site.attributes());
		model.put("page", PageMeta.error(title, message));
		model.put("status", status.value());
		model.put("message", message);
		model.put("links", this.links.stream().flatMap(source -> source.links().stream()).toList());
		return model;
	}

}
