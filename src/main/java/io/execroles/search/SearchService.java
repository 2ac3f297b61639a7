package io.execroles.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.execroles.comparison.ComparisonService;
import io.execroles.content.Aspect;
import io.execroles.content.ContentSnapshot;
import io.execroles.content.Passage;
import io.execroles.content.Role;
import io.execroles.content.Statement;
import io.execroles.role.RolePaths;
import io.execroles.role.RoleService;
import io.execroles.search.SearchIndex.Entry;
import io.execroles.search.SearchResults.Answer;
import io.execroles.search.SearchResults.Hit;
import io.execroles.search.SearchResults.Segment;
import io.execroles.source.Note;
import io.execroles.web.SiteLimits;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.SimpleAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds what the site says, as a search engine a reader knows would: whole words and
 * their forms, stop words ignored, any of the words (BM25 ranks those that match more,
 * and more rarely, first), a spelling suggestion for a word the site does not use, and a
 * few words that do match when nothing does. The language work is Lucene's
 * ({@link SiteAnalyzer}); the index is {@link SearchIndex}'s.
 */
@Service
public class SearchService {

	/** A statement's aspect counts, but less than its own words. */
	private static final float ASPECT_BOOST = 0.3f;

	/**
	 * Texts where two of the query's words stand close together, in its order ("focuses
	 * mainly on customers" for "focuses on customers"), rank above texts that merely hold
	 * them: at most two other words between them.
	 */
	private static final int PROXIMITY_SLOP = 2;

	private static final float PROXIMITY_BOOST = 2f;

	/**
	 * What is said of the one role a query names counts for more than its words alone.
	 */
	private static final float NAMED_ROLE_BOOST = 1.5f;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Analyzer QUERIES = SiteAnalyzer.forQueries();

	private static final Analyzer TEXTS = SiteAnalyzer.forTexts();

	private static final Analyzer WORDS = new SimpleAnalyzer();

	private final SearchIndex index;

	private final RoleService roles;

	private final ComparisonService comparisons;

	private final ContentSnapshot content;

	private final SiteLimits.Search limits;

	SearchService(SearchIndex index, RoleService roles, ComparisonService comparisons, ContentSnapshot content,
			SiteLimits limits) {
		this.limits = limits.search();
		this.index = index;
		this.roles = roles;
		this.comparisons = comparisons;
		this.content = content;
	}

	/**
	 * The query as the site keeps it: trimmed, its spaces single, at most
	 * {@code longestQuery} characters.
	 */
	private String normalize(String rawQuery) {
		String query = (rawQuery == null) ? "" : SPACES.matcher(rawQuery.strip()).replaceAll(" ");
		int longest = this.limits.longestQuery();
		return (query.length() > longest) ? query.substring(0, longest).strip() : query;
	}

	/**
	 * Answers a query: the page or the part of one that answers it, a topic the articles
	 * do not cover that it names, and the statements, aspects and passages that match its
	 * other words; with a role, only that role's statements.
	 * @throws ResponseStatusException 404 for a role that does not exist
	 */
	public SearchResults search(String rawQuery, String roleSlug) {
		List<Role> all = this.roles.findAll();
		Role role = null;
		if (roleSlug != null && !roleSlug.isBlank()) {
			role = this.roles.find(roleSlug.toLowerCase(Locale.ROOT))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
						"There is no role called “" + roleSlug + "” to search within."));
		}
		boolean tooLong = rawQuery != null
				&& SPACES.matcher(rawQuery.strip()).replaceAll(" ").length() > this.limits.longestQuery();
		String query = normalize(rawQuery);
		if (query.isEmpty()) {
			return advice(query, role, all,
					"Type a question or a word or two, such as “who does the CIO report "
							+ "to”, “strategy” or “CTO vs CIO”, to find what the articles say about the roles.",
					List.of());
		}
		if (tooLong) {
			return advice(query, role, all, "That is longer than any statement here could match. Try a few words, "
					+ "no more than " + this.limits.longestQuery() + " characters.", List.of());
		}
		SearchIndex.Built built = this.index.get();
		QueryReading reading = QueryReading.of(query, all, this.content.topics());
		List<String> terms = terms(QUERIES, reading.rest());
		List<Hit> hits = terms.isEmpty() ? List.of() : run(built, terms, role, reading.roles());
		// Offered, never searched for in the query's place.
		// A topic the articles do not cover is said so; its words are not misspellings.
		String suggestion = (terms.isEmpty() || reading.uncovered() != null) ? null : suggest(built, query);
		Answer answer = answer(reading, terms, hits, built);
		if (answer == null && reading.uncovered() == null && hits.isEmpty()) {
			if (terms.isEmpty()) {
				return advice(query, role, all, "“" + query + "” has only words too common to search for. Try a "
						+ "word that says what you are after.", built.vocabulary().common());
			}
			String within = (role != null) ? " for the " + role.abbreviation() : "";
			return new SearchResults(query, role, all, null, null, List.of(),
					"Nothing on the site matches “" + query + "”" + within + ".", suggestion,
					(suggestion != null) ? List.of() : built.vocabulary().common());
		}
		return new SearchResults(query, role, all, answer, reading.uncovered(), hits, null, suggestion, List.of());
	}

	private static SearchResults advice(String query, Role role, List<Role> all, String advice, List<String> tryWords) {
		return new SearchResults(query, role, all, null, null, List.of(), advice, null, tryWords);
	}

	/**
	 * The best answer to a query. A query that names roles and nothing else is answered
	 * by their profile or their comparison; one that asks how roles differ, by the
	 * comparison; one with other words, by the aspect its best result stands in: the
	 * section of a profile where it names one role, else the comparison's row, the roles'
	 * statements side by side.
	 */
	private Answer answer(QueryReading reading, List<String> terms, List<Hit> hits, SearchIndex.Built built) {
		List<Role> named = reading.roles();
		if (terms.isEmpty()) {
			if (named.size() == 1 && !reading.asksHowTheyDiffer()) {
				return profile(named.get(0));
			}
			if (named.size() >= 2 || reading.asksHowTheyDiffer()) {
				return comparison(compared(named));
			}
			return null;
		}
		String aspectSlug = hits.stream()
			.map(hit -> built.entries().get(SearchIndex.key(Entry.Type.valueOf(hit.type().name()), hit.id())))
			.map(Entry::aspectSlug)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		if (aspectSlug == null) {
			return (named.size() >= 2) ? comparison(named) : (named.size() == 1) ? profile(named.get(0)) : null;
		}
		Aspect aspect = this.content.aspect(aspectSlug).orElseThrow();
		return (named.size() == 1) ? section(named.get(0), aspect) : row(compared(named), aspect);
	}

	/**
	 * The roles a query names, or the pair the site leads with where it names fewer than
	 * two.
	 */
	private List<Role> compared(List<Role> named) {
		if (named.size() >= 2) {
			return named.subList(0, Math.min(named.size(), ComparisonService.MAX_ROLES));
		}
		var pair = new ArrayList<>(named);
		for (Role role : this.roles.findAll()) {
			if (pair.size() < 2 && !pair.contains(role)) {
				pair.add(role);
			}
		}
		return List.copyOf(pair);
	}

	private Answer profile(Role role) {
		return new Answer(Answer.Kind.PROFILE, role.title() + " (" + role.abbreviation() + ")", role.summary().text(),
				List.of(), List.of(), new Answer.Link("Read the " + role.abbreviation() + "’s profile", role.path()),
				null);
	}

	private Answer comparison(List<Role> compared) {
		String path = RolePaths.comparison(compared);
		String versus = compared.stream().map(Role::abbreviation).collect(Collectors.joining(" vs "));
		String lead = this.comparisons.glance(compared).lead().sentence();
		return new Answer(Answer.Kind.COMPARISON, versus, "The articles’ clearest contrast: " + lead, List.of(),
				List.of(),
				new Answer.Link("See how the " + versus.replace(" vs ", " and the ") + " differ, aspect by aspect",
						path),
				null);
	}

	private Answer section(Role role, Aspect aspect) {
		List<String> statements = statements(aspect, s -> s.isHeldBy(role));
		List<Role> pair = compared(List.of(role));
		return new Answer(Answer.Kind.ASPECT, aspect.name() + ": " + role.abbreviation(), null,
				List.of(new Answer.Column(role, statements)), List.of(),
				new Answer.Link("In the " + role.abbreviation() + "’s profile, with sources",
						role.path() + "#" + aspect.slug()),
				new Answer.Link("Compare the "
						+ pair.stream().map(Role::abbreviation).collect(Collectors.joining(" and the ")) + " on this",
						RolePaths.comparison(pair) + "#" + aspect.slug()));
	}

	private Answer row(List<Role> compared, Aspect aspect) {
		var columns = compared.stream()
			.map(role -> new Answer.Column(role,
					statements(aspect, s -> s.isHeldBy(role) && compared.stream().filter(s::isHeldBy).count() == 1)))
			.toList();
		var shared = this.content.statements()
			.stream()
			.filter(s -> s.aspect().slug().equals(aspect.slug()))
			.filter(s -> compared.stream().filter(s::isHeldBy).count() > 1)
			.map(s -> new Answer.Shared((compared.stream().allMatch(s::isHeldBy) && compared.size() == 2) ? "Both"
					: compared.stream()
						.filter(s::isHeldBy)
						.map(Role::abbreviation)
						.collect(Collectors.joining(" and ")),
					s.text()))
			.toList();
		String versus = compared.stream().map(Role::abbreviation).collect(Collectors.joining(" vs "));
		return new Answer(Answer.Kind.ASPECT, aspect.name() + ": " + versus, null, columns, shared, new Answer.Link(
				"In the comparison, with sources", RolePaths.comparison(compared) + "#" + aspect.slug()), null);
	}

	private List<String> statements(Aspect aspect, java.util.function.Predicate<Statement> holds) {
		return this.content.statements()
			.stream()
			.filter(s -> s.aspect().slug().equals(aspect.slug()))
			.filter(holds)
			.map(Statement::text)
			.toList();
	}

	private List<Hit> run(SearchIndex.Built built, List<String> terms, Role role, List<Role> named) {
		var any = new BooleanQuery.Builder();
		for (String term : terms) {
			any.add(new TermQuery(new Term(SearchIndex.TEXT, term)), BooleanClause.Occur.SHOULD);
			any.add(new BoostQuery(new TermQuery(new Term(SearchIndex.ASPECT, term)), ASPECT_BOOST),
					BooleanClause.Occur.SHOULD);
		}
		for (int i = 1; i < terms.size(); i++) {
			var near = new PhraseQuery(PROXIMITY_SLOP, SearchIndex.TEXT, terms.get(i - 1), terms.get(i));
			any.add(new BoostQuery(near, PROXIMITY_BOOST), BooleanClause.Occur.SHOULD);
		}
		Query words = any.build();
		if (named.size() == 1) {
			// "who does the CIO report to": what is said of the CIO comes before the same
			// of others.
			words = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
				.add(new BoostQuery(new TermQuery(new Term(SearchIndex.ROLES, named.get(0).slug())), NAMED_ROLE_BOOST),
						BooleanClause.Occur.SHOULD)
				.build();
		}
		Query query = FunctionScoreQuery.boostByValue(words, DoubleValuesSource.fromDoubleField(SearchIndex.WEIGHT));
		if (role != null) {
			query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
				.add(new TermQuery(new Term(SearchIndex.ROLES, role.slug())), BooleanClause.Occur.FILTER)
				.build();
		}
		var matched = new CharArraySet(terms, false);
		try {
			var storedFields = built.searcher().storedFields();
			var hits = new ArrayList<Hit>();
			for (ScoreDoc found : built.searcher().search(query, this.limits.mostResults()).scoreDocs) {
				var document = storedFields.document(found.doc);
				Entry entry = built.entries()
					.get(SearchIndex.key(Entry.Type.valueOf(document.get(SearchIndex.TYPE)),
							document.get(SearchIndex.ID)));
				hits.add(hit(built, entry, marked(entry.text(), matched), role));
			}
			return hits;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The whole text as runs, the words whose terms the query holds marked: never markup,
	 * so that nothing a text or a query holds can reach the page as HTML. The text is
	 * analysed as the index analysed it, so a word is marked exactly where it matched.
	 * (Lucene's highlighter does the same by building an index of each text in memory:
	 * tens of KB of garbage for every result of every search.)
	 */
	private static List<Segment> marked(String text, CharArraySet terms) {
		var segments = new ArrayList<Segment>();
		int at = 0;
		try (TokenStream tokens = TEXTS.tokenStream(SearchIndex.TEXT, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				int start = Math.max(offset.startOffset(), at);
				int end = offset.endOffset();
				if (end <= start || !terms.contains(term.buffer(), 0, term.length())) {
					continue;
				}
				if (start > at) {
					segments.add(new Segment(text.substring(at, start), false));
				}
				segments.add(new Segment(text.substring(start, end), true));
				at = end;
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), false));
		}
		return List.copyOf(segments);
	}

	private Hit hit(SearchIndex.Built built, Entry entry, List<Segment> text, Role filter) {
		return switch (entry.type()) {
			case STATEMENT -> {
				List<Role> holders = entry.roles().stream().map(built.roles()::get).toList();
				Role on = (filter != null) ? filter : holders.get(0);
				var citations = new ArrayList<Note>();
				for (String anchor : entry.citations()) {
					citations.add(note(built.passages().get(anchor), citations.size() + 1));
				}
				yield new Hit(SearchResults.Type.STATEMENT, entry.id(), entry.kind(), entry.aspectName(), holders, text,
						on.path() + "#" + entry.id(), List.copyOf(citations), null);
			}
			case ASPECT -> new Hit(SearchResults.Type.ASPECT, entry.id(), "Aspect compared", entry.aspectName(),
					List.of(), text, featuredComparison() + "#" + entry.id(), List.of(), null);
			case PASSAGE -> {
				Note passage = note(built.passages().get(entry.id()), 1);
				yield new Hit(SearchResults.Type.PASSAGE, entry.id(), "Passage", null, List.of(), text, passage.href(),
						List.of(), passage);
			}
		};
	}

	private String featuredComparison() {
		return RolePaths.comparison(this.roles.findFeaturedComparison());
	}

	private static Note note(Passage passage, int number) {
		return new Note(number, passage);
	}

	/**
	 * The query with each word the site does not know replaced by the nearest one it uses
	 * (Lucene's DirectSpellChecker over the site's own words), or null where every word
	 * is known. A word is known when its stem matches the site's text ("manages" for
	 * "managing") or it is a stop word.
	 */
	private static String suggest(SearchIndex.Built built, String query) {
		var checker = new DirectSpellChecker();
		var replacements = new LinkedHashMap<String, String>();
		for (String word : terms(WORDS, query)) {
			if (word.length() < 4 || SiteAnalyzer.STOP_WORDS.contains(word)
					|| built.vocabulary().words().contains(word)) {
				continue;
			}
			try {
				boolean understood = false;
				for (String stem : terms(QUERIES, word)) {
					understood |= built.searcher().getIndexReader().docFreq(new Term(SearchIndex.TEXT, stem)) > 0;
				}
				if (understood) {
					continue;
				}
				SuggestWord[] similar = checker.suggestSimilar(new Term(SearchIndex.WORDS, word), 1,
						built.searcher().getIndexReader());
				if (similar.length > 0) {
					replacements.put(word, similar[0].string);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (replacements.isEmpty()) {
			return null;
		}
		String suggestion = query;
		for (Map.Entry<String, String> replacement : replacements.entrySet()) {
			suggestion = Pattern.compile("\\b" + Pattern.quote(replacement.getKey()) + "\\b", Pattern.CASE_INSENSITIVE)
				.matcher(suggestion)
				.replaceAll(Matcher.quoteReplacement(replacement.getValue()));
		}
		return suggestion;
	}

	/** The tokens an analyzer makes of a text. */
	static List<String> terms(Analyzer analyzer, String text) {
		var terms = new ArrayList<String>();
		try (var stream = analyzer.tokenStream(SearchIndex.TEXT, text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (!terms.contains(term.toString())) {
					terms.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
