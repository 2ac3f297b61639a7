package io.execroles.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.execroles.content.Role;
import io.execroles.source.Note;

/**
 * What a search found, best first. {@code advice} says why nothing was searched (an empty
 * or unusable query) or that nothing matched, in words a reader can act on;
 * {@code suggestion} is a spelling the site knows, where a word of the query is not one;
 * {@code shownFor} is set where nothing matched the query as typed and the results are
 * those of the suggestion; {@code tryWords} are words that do match, offered when nothing
 * does.
 */
public record SearchResults(String query, Role role, List<Role> roles, List<Hit> hits, String advice, String suggestion,
		String shownFor, List<String> tryWords) {

	/** The address of a search for the words, within this search's role if it has one. */
	public String addressFor(String words) {
		return "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)
				+ ((this.role != null) ? "&role=" + this.role.slug() : "");
	}

	/** This search's own address: its query as the site keeps it, and its role. */
	public String address() {
		return addressFor(this.query);
	}

	/**
	 * One statement, aspect or passage that matched, with the words that matched marked.
	 */
	public record Hit(Type type, String id, String kind, String aspectName, List<Role> roles, List<Segment> text,
			String href, List<Note> citations, Note passage) {

		public boolean is(String type) {
			return this.type.name().equalsIgnoreCase(type);
		}

	}

	public enum Type {

		STATEMENT, ASPECT, PASSAGE

	}

	/** A run of a hit's text; matched runs are words the query found, to highlight. */
	public record Segment(String text, boolean matched) {
	}

}
