package io.execroles.web.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Headers that tell browsers to run nothing the site did not send: no scripts at all,
 * styles only from the site's own stylesheet, no framing. Set before anything renders,
 * and before the page cache answers, so that every response the application makes carries
 * them, errors and kept pages included.
 * <p>
 * Only headers that change what a browser does for this site: {@code frame-ancestors}
 * supersedes X-Frame-Options in every browser that reads CSP, and a page that runs no
 * script and allows no frames can ask for no camera or location, so a Permissions-Policy
 * would only add bytes to every answer (and, in a shared cache, work to every hit).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class SecurityHeaders extends HttpFilter {

	// connect-src lets tools that audit a page from inside it (Lighthouse reads
	// robots.txt that way) reach the site.
	public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		addTo(response);
		chain.doFilter(request, response);
	}

	/** Sets the headers on a response that does not pass this filter. */
	public static void addTo(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
	}

}
