package io.execroles.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Some requests are refused by Tomcat itself before the application sees them: a
 * malformed address, headers too large. Tomcat answers those through the host's error
 * report valve, whose page is Tomcat's own. This replaces it with one that renders the
 * site's error page, so that even these refusals look like the site.
 */
@Component
class ConnectorErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	// Looked up when a page is first needed: they do not exist yet while the server is
	// being configured.
	private final ObjectProvider<ErrorPages> errorPages;

	private final ObjectProvider<ITemplateEngine> templates;

	private final ObjectProvider<ServletContext> servletContext;

	private final ObjectProvider<ResourceUrlProvider> resourceUrls;

	ConnectorErrorPages(ObjectProvider<ErrorPages> errorPages, ObjectProvider<ITemplateEngine> templates,
			ObjectProvider<ServletContext> servletContext, ObjectProvider<ResourceUrlProvider> resourceUrls) {
		this.errorPages = errorPages;
		this.templates = templates;
		this.servletContext = servletContext;
		this.resourceUrls = resourceUrls;
	}

	@Override
	public int getOrder() {
		// After Boot's own customizer, whose valve this one replaces.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			Pipeline hostPipeline = context.getParent().getPipeline();
			for (Valve valve : hostPipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					hostPipeline.removeValve(valve);
				}
			}
			hostPipeline.addValve(new SiteErrorReportValve());
			// Otherwise the host adds a valve of Tomcat's own when it starts, which would
			// answer first.
			((StandardHost) context.getParent()).setErrorReportValveClass(SiteErrorReportValve.class.getName());
		});
	}

	private final class SiteErrorReportValve extends ErrorReportValve {

		/** Rendered once per status: these pages do not depend on the request. */
		private final Map<Integer, String> rendered = new ConcurrentHashMap<>();

		SiteErrorReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			String html = this.rendered.computeIfAbsent(status, code -> render(request, response, code));
			try {
				SecurityHeaders.addTo(response.getResponse());
				response.setContentType("text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(html);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone or the response is closed: there is no one to tell.
			}
		}

		private String render(Request request, Response response, int status) {
			var page = ConnectorErrorPages.this.errorPages.getObject().page(HttpStatusCode.valueOf(status), null);
			ServletContext servletContext = ConnectorErrorPages.this.servletContext.getObject();
			var withContext = new HttpServletRequestWrapper(request.getRequest()) {
				@Override
				public ServletContext getServletContext() {
					return servletContext;
				}

				@Override
				public String getContextPath() {
					return "";
				}
			};
			// These requests never pass the filter that gives the stylesheet its hashed
			// address.
			var hashedLinks = new HttpServletResponseWrapper(response.getResponse()) {
				@Override
				public String encodeURL(String url) {
					String hashed = ConnectorErrorPages.this.resourceUrls.getObject().getForLookupPath(url);
					return (hashed != null) ? hashed : url;
				}
			};
			var exchange = JakartaServletWebApplication.buildApplication(servletContext)
				.buildExchange(withContext, hashedLinks);
			var context = new WebContext(exchange, Locale.ENGLISH, page.getModel());
			return ConnectorErrorPages.this.templates.getObject().process(page.getViewName(), context);
		}

	}

}
