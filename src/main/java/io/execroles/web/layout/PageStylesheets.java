package io.execroles.web.layout;

import java.util.List;

/**
 * Stylesheets that a feature adds to every page, after the site's own: the roles'
 * colours, say, which are data. Implemented by the features, so that the layout need not
 * know them.
 */
public interface PageStylesheets {

	/** Addresses of the stylesheets, each carrying a hash of its content. */
	List<String> paths();

}
