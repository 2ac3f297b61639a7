package io.execroles.web.error;

import java.util.List;

/**
 * Where an error page can send a reader instead: the site's main pages, offered by the
 * features that own them. An implementation must answer from memory, without the
 * database, so that an error page can be shown while the database is away.
 */
public interface ErrorPageLinks {

	List<Link> links();

	/** A link with a short tag shown before its label ("CTO"), which may be empty. */
	record Link(String tag, String label, String href) {
	}

}
