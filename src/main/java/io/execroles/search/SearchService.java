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

import io.execroles.content.Passage;
import io.execroles.content.Role;
import io.execroles.role.RolePaths;
import io.execroles.role.RoleService;
import io.execroles.search.SearchIndex.Entry;
import io.execroles.search.SearchResults.Hit;
import io.execroles.search.SearchResults.Segment;
import io.execroles.source.Note;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.SimpleAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

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

	static final int LONGEST_QUERY = 100;

	static final int MOST_RESULTS = 30;

	/** A statement's aspect counts, but less than its own words. */
	private static final float ASPECT_BOOST = 0.3f;

	/**
	 * Texts where two of the query's words stand close together, in its order ("focuses
	 * mainly on customers" for "focuses on customers"), rank above texts that merely hold
	 * them: at most two other words between them.
	 */
	private static final int PROXIMITY_SLOP = 2;

	private static final float PROXIMITY_BOOST = 2f;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Analyzer QUERIES = SiteAnalyzer.forQueries();

	private static final Analyzer TEXTS = SiteAnalyzer.forTexts();

	private static final Analyzer WORDS = new SimpleAnalyzer();

	private final SearchIndex index;

	private final RoleService roles;

	SearchService(SearchIndex index, RoleService roles) {
		this.index = index;
		this.roles = roles;
	}

	/**
	 * The query as the site keeps it: trimmed, its spaces single, at most 100 characters.
	 */
	public static String normalize(String rawQuery) {
		String query = (rawQuery == null) ? "" : SPACES.matcher(rawQuery.strip()).replaceAll(" ");
		return (query.length() > LONGEST_QUERY) ? query.substring(0, LONGEST_QUERY).strip() : query;
	}

	/**
	 * Searches the statements, aspects and passages; with a role, only that role's
	 * statements.
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
		boolean tooLong = rawQuery != null && SPACES.matcher(rawQuery.strip()).replaceAll(" ").length() > LONGEST_QUERY;
		String query = normalize(rawQuery);
		if (query.isEmpty()) {
			return advice(query, role, all, "Type a word or two, such as “strategy”, “customers” or “reports”, to "
					+ "find what the articles say about the roles.", List.of());
		}
		if (tooLong) {
			return advice(query, role, all, "That is longer than any statement here could match. Try a few words, "
					+ "no more than " + LONGEST_QUERY + " characters.", List.of());
		}
		SearchIndex.Built built = this.index.get();
		List<String> terms = terms(QUERIES, query);
		if (terms.isEmpty()) {
			return advice(query, role, all, "“" + query + "” has only words too common to search for. Try a word "
					+ "that says what you are after.", built.vocabulary().common());
		}
		List<Hit> hits = run(built, terms, role);
		String suggestion = suggest(built, query);
		String shownFor = null;
		if (hits.isEmpty() && suggestion != null) {
			hits = run(built, terms(QUERIES, suggestion), role);
			shownFor = hits.isEmpty() ? null : suggestion;
		}
		if (hits.isEmpty()) {
			String within = (role != null) ? " for the " + role.abbreviation() : "";
			return new SearchResults(query, role, all, List.of(),
					"Nothing on the site matches “" + query + "”" + within + ". These words do:", suggestion, null,
					built.vocabulary().common());
		}
		return new SearchResults(query, role, all, hits, null, suggestion, shownFor, List.of());
	}

	private static SearchResults advice(String query, Role role, List<Role> all, String advice, List<String> tryWords) {
		return new SearchResults(query, role, all, List.of(), advice, null, null, tryWords);
	}

	private List<Hit> run(SearchIndex.Built built, List<String> terms, Role role) {
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
		Query query = FunctionScoreQuery.boostByValue(any.build(),
				DoubleValuesSource.fromDoubleField(SearchIndex.WEIGHT));
		if (role != null) {
			query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
				.add(new TermQuery(new Term(SearchIndex.ROLES, role.slug())), BooleanClause.Occur.FILTER)
				.build();
		}
		var highlighter = UnifiedHighlighter.builderWithoutSearcher(TEXTS)
			.withBreakIterator(WholeBreakIterator::new)
			.withFormatter(new Segments())
			.withMaxLength(10_000)
			.build();
		Query matched = highlightQuery(terms);
		try {
			var storedFields = built.searcher().storedFields();
			var hits = new ArrayList<Hit>();
			for (ScoreDoc found : built.searcher().search(query, MOST_RESULTS).scoreDocs) {
				var document = storedFields.document(found.doc);
				Entry entry = built.entries()
					.get(SearchIndex.key(Entry.Type.valueOf(document.get(SearchIndex.TYPE)),
							document.get(SearchIndex.ID)));
				@SuppressWarnings("unchecked")
				List<Segment> text = (List<Segment>) highlighter.highlightWithoutSearcher(SearchIndex.TEXT, matched,
						entry.text(), 1);
				hits.add(hit(built, entry, (text != null) ? text : List.of(new Segment(entry.text(), false)), role));
			}
			return hits;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Query highlightQuery(List<String> terms) {
		var query = new BooleanQuery.Builder();
		terms.forEach(term -> query.add(new TermQuery(new Term(SearchIndex.TEXT, term)), BooleanClause.Occur.SHOULD));
		return query.build();
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

	/**
	 * The whole text as runs, the matched words marked: never markup, so that nothing a
	 * text or a query holds can reach the page as HTML.
	 */
	private static final class Segments extends PassageFormatter {

		@Override
		public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
			var segments = new ArrayList<Segment>();
			int at = 0;
			for (var passage : passages) {
				int[] starts = passage.getMatchStarts();
				int[] ends = passage.getMatchEnds();
				for (int i = 0; i < passage.getNumMatches(); i++) {
					int start = Math.max(starts[i], at);
					if (start > at) {
						segments.add(new Segment(content.substring(at, start), false));
					}
					if (ends[i] > start) {
						segments.add(new Segment(content.substring(start, ends[i]), true));
						at = ends[i];
					}
				}
			}
			if (at < content.length()) {
				segments.add(new Segment(content.substring(at), false));
			}
			return List.copyOf(segments);
		}

	}

}
