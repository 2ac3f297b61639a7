package io.execroles.web.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The site is read-only: every address answers GET and HEAD, and any other method gets
 * 405 and the methods it may use, before the request reaches anything else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class ReadOnlyMethods extends HttpFilter {

	static final String ALLOWED = "GET, HEAD";

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method)) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.ALLOW, ALLOWED);
		response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
	}

}
