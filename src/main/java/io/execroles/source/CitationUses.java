package io.execroles.source;

import java.util.List;
import java.util.Map;

/**
 * Where the site uses the passages of a source, so that its page can link back to them.
 * Implemented by the features that cite, so that sources need not know them.
 */
public interface CitationUses {

	/** By citation anchor, the places that cite the passages of the source. */
	Map<String, List<Use>> of(String sourceSlug);

	/** A place on the site that cites a passage. */
	record Use(String label, String href) {
	}

}
