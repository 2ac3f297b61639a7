package io.execroles.web.error;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.execroles.web.http.SecurityHeaders;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Some requests are refused by Tomcat itself before the application sees them: a
 * malformed request line, headers too large. Tomcat answers those with its host's error
 * report valve. This gives the host a valve configured as Tomcat documents it, with an
 * error page file per status ({@code errorCode.nnn}), so that even these refusals look
 * like the site. The files are the site's error page, rendered once the application is
 * ready, into a folder of this instance's own that lasts as long as it does.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConnectorErrorPages
		implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered, DisposableBean {

	/** A refused request: the status for every code that has no file of its own. */
	private static final String CLIENT_ERROR = "400.html";

	private static final String SERVER_ERROR = "500.html";

	private final Path folder;

	// Looked up when the application is ready: the pages need the whole application.
	private final ObjectProvider<ErrorPages> pages;

	ConnectorErrorPages(ObjectProvider<ErrorPages> pages) throws IOException {
		this.pages = pages;
		this.folder = Files.createTempDirectory("executive-roles-errors-");
	}

	@Override
	public int getOrder() {
		// After Boot's own customizer, so that this valve stands inside Boot's and
		// answers
		// first.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			var valve = new SecureErrorReportValve();
			valve.setShowReport(false);
			valve.setShowServerInfo(false);
			valve.setProperty("errorCode.0", this.folder.resolve(CLIENT_ERROR).toString());
			valve.setProperty("errorCode.500", this.folder.resolve(SERVER_ERROR).toString());
			valve.setProperty("errorCode.503", this.folder.resolve(SERVER_ERROR).toString());
			context.getParent().getPipeline().addValve(valve);
		});
	}

	/**
	 * Tomcat's valve, which also gives its pages the headers every other response of the
	 * site carries.
	 */
	static final class SecureErrorReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (response.getStatus() >= 400 && !response.isCommitted()) {
				SecurityHeaders.addTo(response.getResponse());
			}
			super.report(request, response, throwable);
		}

	}

	@EventListener(ApplicationReadyEvent.class)
	void writePages() throws IOException {
		ErrorPages errorPages = this.pages.getObject();
		Files.writeString(this.folder.resolve(CLIENT_ERROR), errorPages.html(HttpStatus.BAD_REQUEST));
		Files.writeString(this.folder.resolve(SERVER_ERROR), errorPages.html(HttpStatus.INTERNAL_SERVER_ERROR));
	}

	@Override
	public void destroy() {
		try (Stream<Path> files = Files.list(this.folder)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(this.folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
