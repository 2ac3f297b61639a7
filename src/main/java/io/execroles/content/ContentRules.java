package io.execroles.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.execroles.content.ContentDocuments.AspectDocument;
import io.execroles.content.ContentDocuments.CitedText;
import io.execroles.content.ContentDocuments.GistDocument;
import io.execroles.content.ContentDocuments.GlanceDocument;
import io.execroles.content.ContentDocuments.NoteDocument;
import io.execroles.content.ContentDocuments.RoleDocument;
import io.execroles.content.ContentDocuments.SourceDocument;
import io.execroles.content.ContentDocuments.StatementDocument;

/**
 * What the documents must hold for the site to serve them: every field it shows, every
 * passage verbatim in its article and apart from the others, every citation and role
 * named where it exists, every id unique. The application refuses to start on content
 * that breaks one of these; the editorial checks (coverage, hedges, provenance, colours)
 * are the test suite's, in {@code io.execroles.content.checks}.
 */
final class ContentRules {

	/** Slugs, ids and anchors: lower case words joined by hyphens. */
	static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

	/** Ids the pages give their own parts, which content must not take. */
	private static final Set<String> PAGE_IDS = Set.of("main", "summary", "responsibilities", "key-attributes",
			"sources", "glance", "lead", "legend", "pictures");

	private final ContentDocuments documents;

	private final List<String> problems = new ArrayList<>();

	/** Every passage's id, with the file that holds it. */
	private final Map<String, String> passages = new HashMap<>();

	/** Every id that a page's anchor may take, with where it is defined. */
	private final Map<String, String> anchors = new HashMap<>();

	private ContentRules(ContentDocuments documents) {
		this.documents = documents;
	}

	static void check(ContentDocuments documents) {
		var rules = new ContentRules(documents);
		rules.check();
		if (!rules.problems.isEmpty()) {
			throw new ContentException(rules.problems);
		}
	}

	private void check() {
		if (this.documents.sources().isEmpty()) {
			problem("sources/", "", "there must be at least one source");
		}
		if (this.documents.roles().isEmpty()) {
			problem("roles/", "", "there must be at least one role");
		}
		this.documents.sources().forEach(this::source);
		uniqueOrder("sources", this.documents.sources(), SourceDocument::order);
		this.documents.roles().forEach(this::role);
		uniqueOrder("roles", this.documents.roles(), RoleDocument::order);
		this.documents.aspects().forEach((slug, aspect) -> anchor(slug, "aspects/" + slug + ".yaml", ""));
		this.documents.aspects().forEach(this::aspect);
		uniqueOrder("aspects", this.documents.aspects(), AspectDocument::order);
		glanceOrders();
		topics();
	}

	private void source(String slug, SourceDocument source) {
		String file = "sources/" + slug + ".yaml";
		slug(file, slug);
		required(file, "title", source.title());
		required(file, "order", source.order());
		required(file, "publisher", source.publisher());
		required(file, "url", source.url());
		if (source.url() != null && !source.url().matches("https?://\\S+")) {
			problem(file, "url", "must be the article's own http:// or https:// address");
		}
		if (source.published() != null) {
			try {
				LocalDate.parse(source.published());
			}
			catch (DateTimeParseException ex) {
				problem(file, "published", "must be a date such as 2024-05-31, or left out when not known");
			}
		}
		if (!required(file, "article", source.article())) {
			return;
		}
		String article = source.article();
		if (source.passages() == null || source.passages().isEmpty()) {
			problem(file, "passages", "an article that is a source is cited: list its passages");
			return;
		}
		boolean[] claimed = new boolean[article.length()];
		source.passages().forEach((id, text) -> {
			String field = "passages." + id;
			if (!ID.matcher(id).matches()) {
				problem(file, field, "the id must be lower-case words joined by hyphens");
			}
			String other = this.passages.putIfAbsent(id, file);
			if (other != null) {
				problem(file, field, "the id is taken by a passage of " + other);
			}
			if (!required(file, field, text)) {
				return;
			}
			int start = article.indexOf(text);
			if (start < 0) {
				problem(file, field, "does not stand verbatim in the article: “" + text + "”");
				return;
			}
			for (int i = start; i < start + text.length(); i++) {
				if (claimed[i]) {
					problem(file, field, "overlaps another passage: each must be marked on its own");
					return;
				}
				claimed[i] = true;
			}
		});
		if (source.leftOut() != null) {
			for (int i = 0; i < source.leftOut().size(); i++) {
				var leftOut = source.leftOut().get(i);
				String field = "left-out[" + i + "]";
				if (required(file, field + ".sentence", leftOut.sentence()) && !article.contains(leftOut.sentence())) {
					problem(file, field + ".sentence", "does not stand verbatim in the article");
				}
				required(file, field + ".why", leftOut.why());
			}
		}
	}

	private void role(String slug, RoleDocument role) {
		String file = "roles/" + slug + ".yaml";
		slug(file, slug);
		required(file, "abbreviation", role.abbreviation());
		required(file, "title", role.title());
		required(file, "order", role.order());
		colour(file, "colour", role.colour());
		colour(file, "dark-colour", role.darkColour());
		cited(file, "summary", role.summary(), 1);
		cited(file, "lead", role.lead(), 1);
	}

	private void aspect(String slug, AspectDocument aspect) {
		String file = "aspects/" + slug + ".yaml";
		slug(file, slug);
		required(file, "name", aspect.name());
		required(file, "question", aspect.question());
		required(file, "order", aspect.order());
		oneOf(file, "layout", aspect.layout(), AspectLayout.values());
		list(aspect.formerly()).forEach(alias -> anchor(alias, file, "formerly"));
		var notes = new HashSet<String>();
		List<NoteDocument> noteList = list(aspect.notes());
		for (int i = 0; i < noteList.size(); i++) {
			NoteDocument note = noteList.get(i);
			String field = "notes[" + i + "]";
			if (required(file, field + ".id", note.id())) {
				anchor(note.id(), file, field + ".id");
				notes.add(note.id());
			}
			oneOf(file, field + ".kind", required(file, field + ".kind", note.kind()) ? note.kind() : null,
					DivergenceKind.values());
			required(file, field + ".topic", note.topic());
			required(file, field + ".text", note.text());
			cites(file, field + ".cite", note.cite(), 2);
		}
		var described = new HashSet<String>();
		List<StatementDocument> statements = list(aspect.statements());
		if (statements.isEmpty()) {
			problem(file, "statements", "an aspect says something of at least one role");
		}
		for (int i = 0; i < statements.size(); i++) {
			StatementDocument statement = statements.get(i);
			String field = "statements[" + i + "]";
			if (required(file, field + ".id", statement.id())) {
				anchor(statement.id(), file, field + ".id");
			}
			oneOf(file, field + ".kind", required(file, field + ".kind", statement.kind()) ? statement.kind() : null,
					StatementKind.values());
			required(file, field + ".text", statement.text());
			cites(file, field + ".cite", statement.cite(), 1);
			List<String> roles = list(statement.roles());
			if (roles.isEmpty()) {
				problem(file, field + ".roles", "name the roles the statement is true of");
			}
			if (new HashSet<>(roles).size() < roles.size()) {
				problem(file, field + ".roles", "names a role twice");
			}
			roles.forEach(role -> knownRole(file, field + ".roles", role));
			described.addAll(roles);
		}
		List<GlanceDocument> glance = list(aspect.glance());
		for (int i = 0; i < glance.size(); i++) {
			GlanceDocument line = glance.get(i);
			String field = "glance[" + i + "]";
			required(file, field + ".id", line.id());
			required(file, field + ".label", line.label());
			required(file, field + ".order", line.order());
			oneOf(file, field + ".picture", line.picture(), Picture.values());
			if (line.caveat() != null && !allNotes().contains(line.caveat())) {
				problem(file, field + ".caveat", "names no note of any aspect: “" + line.caveat() + "”");
			}
			Map<String, GistDocument> gists = (line.gists() != null) ? line.gists() : Map.of();
			gists.forEach((role, gist) -> {
				String gistField = field + ".gists." + role;
				knownRole(file, gistField, role);
				required(file, gistField + ".text", gist.text());
				oneOf(file, gistField + ".direction", gist.direction(), Direction.values());
				if ("orientation".equals(line.picture()) && gist.direction() == null) {
					problem(file, gistField + ".direction",
							"the orientation picture places every role: say outward or inward");
				}
				cites(file, gistField + ".cite", gist.cite(), 1);
			});
			for (String role : described) {
				if (!gists.containsKey(role)) {
					problem(file, field + ".gists",
							"the aspect describes the role “" + role + "”, so its glance line needs the role's gist");
				}
			}
		}
	}

	private java.util.Set<String> allNotes() {
		var ids = new HashSet<String>();
		this.documents.aspects().values().forEach(aspect -> list(aspect.notes()).forEach(note -> ids.add(note.id())));
		return ids;
	}

	private void glanceOrders() {
		var seen = new HashMap<Integer, String>();
		this.documents.aspects().forEach((slug, aspect) -> list(aspect.glance()).forEach(line -> {
			if (line.order() != null) {
				String other = seen.putIfAbsent(line.order(), slug);
				if (other != null) {
					problem("aspects/" + slug + ".yaml", "glance.order",
							line.order() + " is also the order of a glance line of aspects/" + other + ".yaml");
				}
			}
		}));
	}

	private void topics() {
		var topics = list(this.documents.notCovered().topics());
		var ids = new HashSet<String>();
		for (int i = 0; i < topics.size(); i++) {
			var topic = topics.get(i);
			String field = "topics[" + i + "]";
			if (required(ContentDocuments.NOT_COVERED, field + ".id", topic.id()) && !ids.add(topic.id())) {
				problem(ContentDocuments.NOT_COVERED, field + ".id", "another topic has this id");
			}
			required(ContentDocuments.NOT_COVERED, field + ".name", topic.name());
			if (list(topic.words()).isEmpty()) {
				problem(ContentDocuments.NOT_COVERED, field + ".words", "list the words a reader would search it by");
			}
			list(topic.words()).stream()
				.filter(word -> !word.equals(word.toLowerCase(Locale.ROOT)))
				.forEach(word -> problem(ContentDocuments.NOT_COVERED, field + ".words",
						"“" + word + "” must be lower case, as searches are"));
		}
	}

	private void cited(String file, String field, CitedText text, int fewest) {
		if (text == null) {
			problem(file, field, "is required");
			return;
		}
		required(file, field + ".text", text.text());
		cites(file, field + ".cite", text.cite(), fewest);
	}

	private void cites(String file, String field, List<String> cite, int fewest) {
		List<String> anchors = list(cite);
		if (anchors.size() < fewest) {
			problem(file, field, (fewest == 1) ? "cite at least one passage"
					: "cite at least the " + fewest + " passages that diverge");
		}
		if (new HashSet<>(anchors).size() < anchors.size()) {
			problem(file, field, "cites a passage twice");
		}
		for (int i = 0; i < anchors.size(); i++) {
			if (!this.passages.containsKey(anchors.get(i))) {
				problem(file, field + "[" + i + "]", "no source has a passage “" + anchors.get(i) + "”");
			}
		}
	}

	private void knownRole(String file, String field, String role) {
		if (!this.documents.roles().containsKey(role)) {
			problem(file, field, "no role “" + role + "” (roles/" + role + ".yaml)");
		}
	}

	private void anchor(String id, String file, String field) {
		if (!ID.matcher(id).matches()) {
			problem(file, field, "“" + id + "” must be lower-case words joined by hyphens");
		}
		if (PAGE_IDS.contains(id)) {
			problem(file, field, "“" + id + "” is an id the pages use for their own parts");
		}
		String other = this.anchors.putIfAbsent(id, file);
		if (other != null) {
			problem(file, field, "“" + id + "” is already the id of something in " + other);
		}
	}

	private void slug(String file, String slug) {
		if (!ID.matcher(slug).matches()) {
			problem(file, "", "the file's name is the slug of its address: lower-case words joined by hyphens");
		}
	}

	private void colour(String file, String field, String colour) {
		if (required(file, field, colour) && !COLOUR.matcher(colour).matches()) {
			problem(file, field, "must be a colour written #rrggbb in lower case");
		}
	}

	private <E extends Enum<E>> void oneOf(String file, String field, String value, E[] values) {
		if (value == null) {
			return;
		}
		for (E known : values) {
			if (name(known).equals(value)) {
				return;
			}
		}
		problem(file, field, "“" + value + "” is not one of "
				+ String.join(", ", java.util.Arrays.stream(values).map(ContentRules::name).toList()));
	}

	/** How an enum's constant is written in the documents: {@code reporting-line}. */
	static String name(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The constant a document writes as {@code reporting-line}, or null for none. */
	static <E extends Enum<E>> E valueOf(Class<E> type, String written) {
		return (written == null) ? null : Enum.valueOf(type, written.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

	private <V> void uniqueOrder(String folder, Map<String, V> documents,
			java.util.function.Function<V, Integer> order) {
		var seen = new HashMap<Integer, String>();
		documents.forEach((slug, document) -> {
			Integer value = order.apply(document);
			if (value != null) {
				String other = seen.putIfAbsent(value, slug);
				if (other != null) {
					problem(folder + "/" + slug + ".yaml", "order",
							value + " is also the order of " + folder + "/" + other + ".yaml");
				}
			}
		});
	}

	private boolean required(String file, String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			problem(file, field, "is required");
			return false;
		}
		return true;
	}

	private static <T> List<T> list(Collection<T> values) {
		return (values == null) ? List.of() : values.stream().filter(Objects::nonNull).toList();
	}

	private void problem(String file, String field, String what) {
		this.problems.add(file + ": " + (field.isEmpty() ? "" : field + ": ") + what);
	}

}
