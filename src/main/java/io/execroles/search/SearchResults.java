package io.execroles.search;

import java.util.List;

/**
 * What a search found. {@code advice} says why nothing was searched (an empty or unusable
 * query) or why nothing was found, in words a reader can act on.
 */
public record SearchResults(String query, List<Hit> hits, String advice) {

	/** One statement or passage that contains every word searched for. */
	public record Hit(String kind, String where, List<Segment> text, String href) {
	}

	/** A run of a hit's text; matched runs are the words searched for, to highlight. */
	public record Segment(String text, boolean matched) {
	}

}
