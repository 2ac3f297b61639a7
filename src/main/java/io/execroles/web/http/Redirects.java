package io.execroles.web.http;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Redirects that keep every page at one address, so that shared links and search engines
 * agree on it.
 */
public final class Redirects {

	private Redirects() {
	}

	/** To the canonical address of the same page, for good: 301. */
	public static View permanent(String path) {
		return redirect(path, HttpStatus.MOVED_PERMANENTLY);
	}

	/** From a form to the page it asked for: 303. */
	public static View seeOther(String path) {
		return redirect(path, HttpStatus.SEE_OTHER);
	}

	private static View redirect(String path, HttpStatus status) {
		var redirect = new RedirectView(path, true);
		redirect.setStatusCode(status);
		redirect.setExposeModelAttributes(false);
		return redirect;
	}

}
