package io.execroles.web.error;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the site's own refusals (an unknown role, a comparison of one role) into the
 * error page.
 */
@ControllerAdvice
class RefusalPages {

	private final ErrorPages errorPages;

	RefusalPages(ErrorPages errorPages) {
		this.errorPages = errorPages;
	}

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView refused(ResponseStatusException refusal, HttpServletResponse response) {
		return this.errorPages.page(refusal.getStatusCode(), refusal.getReason(), response);
	}

}
