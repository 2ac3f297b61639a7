package io.execroles.content;

import java.util.List;
import java.util.Map;

/**
 * The content as its editors keep it, in {@code content/}: one document per source
 * ({@code sources/<slug>.yaml}), per role ({@code roles/<slug>.yaml}) and per aspect
 * ({@code aspects/<slug>.yaml}), and the topics the articles do not cover
 * ({@code not-covered.yaml}). Each map is keyed by the slug its file is named after, in
 * file-name order. {@code version} is a hash of every document's bytes: it changes with
 * any edit, and names the content in ETags and picture addresses. The JSON Schemas in
 * {@code content/schema} describe the same fields for editors' tools.
 */
public record ContentDocuments(Map<String, SourceDocument> sources, Map<String, RoleDocument> roles,
		Map<String, AspectDocument> aspects, NotCoveredDocument notCovered, String version) {

	/** The folders, and the one file, a content location holds. */
	static final String SOURCES = "sources", ROLES = "roles", ASPECTS = "aspects", NOT_COVERED = "not-covered.yaml";

	/**
	 * An article as published: where, the passages the site cites (by id, in the order
	 * they stand), the sentences it deliberately leaves out, and the article itself.
	 * {@code reading} says how the site reads the article where its text leaves something
	 * open. {@code author} and {@code published} are absent when not known.
	 */
	public record SourceDocument(String title, Integer order, String publisher, String url, String author,
			String published, String reading, Map<String, String> passages, List<LeftOut> leftOut, String article) {
	}

	/** A sentence of an article the site does not cite, and why. */
	public record LeftOut(String sentence, String why) {
	}

	/**
	 * A role: its names, its place among the roles, its colours on light and dark pages,
	 * its summary, and its lead: what it does in a few words, as the comparison's opening
	 * sentence sets it against the others ("develops new technologies …").
	 */
	public record RoleDocument(String abbreviation, String title, Integer order, String colour, String darkColour,
			CitedText summary, CitedText lead) {
	}

	/**
	 * Words the site writes and the passages they rest on. {@code unhedged} names a hedge
	 * of a passage ("typically") that the words rightly do not repeat, with why.
	 */
	public record CitedText(String text, List<String> cite, Map<String, String> unhedged) {
	}

	/**
	 * An aspect: a row of the comparison (or part of its line of common ground) and, for
	 * its facts, a section of a profile. {@code formerly} lists anchors the row answered
	 * to before rows were merged, so that old links still land on it.
	 */
	public record AspectDocument(String name, String question, Integer order, String layout, List<String> formerly,
			List<GlanceDocument> glance, List<StatementDocument> statements, List<NoteDocument> notes) {
	}

	/**
	 * A line of the glance that leads a comparison: a label and each role's gist, linking
	 * to this aspect's row. {@code caveat} names a note of the aspect that qualifies the
	 * line; {@code picture} draws the line as well.
	 */
	public record GlanceDocument(String id, String label, Integer order, String caveat, String picture,
			Map<String, GistDocument> gists) {
	}

	/**
	 * A role's position in a few words, read after the glance label. {@code hedge} ("in
	 * many cases") is said with it; {@code direction} places the role in an orientation
	 * picture.
	 */
	public record GistDocument(String text, String hedge, String direction, List<String> cite,
			Map<String, String> unhedged) {
	}

	/** Something the site says of one or more roles. */
	public record StatementDocument(String id, String kind, List<String> roles, String text, List<String> cite,
			Map<String, String> unhedged) {
	}

	/** Where the articles do not line up on the aspect, and how. */
	public record NoteDocument(String id, String kind, String topic, String text, List<String> cite) {
	}

	/** What readers ask about that the articles do not cover. */
	public record NotCoveredDocument(List<TopicDocument> topics) {
	}

	/** A topic the articles leave out, and the words a reader might search it by. */
	public record TopicDocument(String id, String name, List<String> words) {
	}

}
