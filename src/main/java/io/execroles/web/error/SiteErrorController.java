package io.execroles.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers whatever the container or Spring rejects before a controller is reached (an
 * unknown address, a method the site does not take, a malformed request) with the site's
 * error page, whatever the client accepts: Boot's own error controller would answer a
 * client that accepts anything with JSON.
 */
@Controller
class SiteErrorController implements ErrorController {

	private final ErrorPages errorPages;

	SiteErrorController(ErrorPages errorPages) {
		this.errorPages = errorPages;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatusCode status = (code instanceof Integer value && value >= 400 && value < 600)
				? HttpStatusCode.valueOf(value) : HttpStatus.NOT_FOUND;
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path instanceof String uri && uri.startsWith("/api/")) {
			return ApiProblems.problem(HttpStatus.valueOf(status.value()), null, uri);
		}
		return this.errorPages.page(status, null, response);
	}

}
