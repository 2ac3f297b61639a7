package io.execroles.preview;

import java.util.Optional;

/**
 * The link-preview pictures a feature's pages have. Implemented by the features that draw
 * them, so that the pictures' own code need not know the pages.
 */
public interface PreviewCards {

	/**
	 * The card drawn for the page at the path ({@code /roles/cto}), or empty where the
	 * feature has no such page.
	 */
	Optional<PreviewCard> cardFor(String pagePath);

}
