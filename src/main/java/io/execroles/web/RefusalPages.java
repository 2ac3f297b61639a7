package io.execroles.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the site's own refusals (an unknown role, a comparison of one role) into the
 * error page, and a database that is away into a 503 page that says when to try again.
 */
@ControllerAdvice
class RefusalPages {

	/** How long a reader or a balancer should wait before asking again, in seconds. */
	static final String RETRY_AFTER = "10";

	static final String DATABASE_AWAY = "The site cannot reach its database just now. Pages you have seen may still "
			+ "open; please try this one again in a moment.";

	private final ErrorPages errorPages;

	RefusalPages(ErrorPages errorPages) {
		this.errorPages = errorPages;
	}

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView refused(ResponseStatusException refusal) {
		return this.errorPages.page(refusal.getStatusCode(), refusal.getReason());
	}

	/**
	 * The database did not answer in time (no connection within the pool's timeout, or a
	 * query cut off): nothing the reader did wrong, and likely to pass.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView databaseAway(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		return this.errorPages.page(HttpStatus.SERVICE_UNAVAILABLE, DATABASE_AWAY);
	}

}
