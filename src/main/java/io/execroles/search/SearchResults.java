package io.execroles.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.execroles.content.Role;
import io.execroles.content.Topic;
import io.execroles.role.RolePaths;
import io.execroles.source.Note;

/**
 * What a search found. {@code answer} is the page, or the part of a page, that answers
 * the query, shown above the results, or null; {@code uncovered} a topic the query names
 * that the articles do not cover, or null. {@code hits} are the statements, aspects and
 * passages that match, best first. {@code advice} says why nothing was searched (an empty
 * or unusable query) or that nothing matched, in words a reader can act on;
 * {@code suggestion} is a spelling the site knows, offered where a word of the query is
 * not one, never searched for in its place; {@code tryWords} are words that do match,
 * offered when nothing does.
 */
public record SearchResults(String query, Role role, List<Role> roles, Answer answer, Topic uncovered, List<Hit> hits,
		String advice, String suggestion, List<String> tryWords) {

	/** The address of a search for the words, within this search's role if it has one. */
	public String addressFor(String words) {
		return "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)
				+ ((this.role != null) ? "&role=" + this.role.slug() : "");
	}

	/** The comparison the site leads with, for a reader the search could not answer. */
	public String featuredComparison() {
		return RolePaths.comparison(this.roles.subList(0, Math.min(2, this.roles.size())));
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

	/**
	 * The best answer: a role's profile, a comparison, or one aspect of the roles with
	 * each role's statements side by side (a single role's where the query names one).
	 * {@code text} is the answer in a sentence where it has one (a profile's summary, a
	 * comparison's clearest contrast); {@code also} is a further link, such as the
	 * comparison row from a profile's section.
	 */
	public record Answer(Kind kind, String heading, String text, List<Column> columns, List<Shared> shared, Link link,
			Link also) {

		public boolean is(String kind) {
			return this.kind.name().equalsIgnoreCase(kind);
		}

		public enum Kind {

			PROFILE, COMPARISON, ASPECT

		}

		/** A role's statements on the aspect. */
		public record Column(Role role, List<String> statements) {
		}

		/** A statement several of the roles hold, said once: "Both", "CTO and CFO". */
		public record Shared(String holders, String statement) {
		}

		public record Link(String text, String href) {
		}

	}

	public enum Type {

		STATEMENT, ASPECT, PASSAGE

	}

	/** A run of a hit's text; matched runs are words the query found, to highlight. */
	public record Segment(String text, boolean matched) {
	}

}
