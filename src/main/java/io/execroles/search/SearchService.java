package io.execroles.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.execroles.role.Attribute;
import io.execroles.role.Responsibility;
import io.execroles.role.Role;
import io.execroles.role.RolePaths;
import io.execroles.role.RoleRepository;
import io.execroles.role.RoleService;
import io.execroles.role.RoleSummary;
import io.execroles.role.Statement;
import io.execroles.source.Citation;
import io.execroles.source.SourcePaths;
import io.execroles.source.SourceRepository;
import io.execroles.search.SearchResults.Hit;
import io.execroles.search.SearchResults.Segment;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the statements about the roles and the passages of the articles that contain
 * every word of a query. The content is small, so it is matched in memory after two
 * queries.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	static final int LONGEST_QUERY = 100;

	static final int MOST_WORDS = 6;

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final RoleRepository roles;

	private final RoleService roleService;

	private final SourceRepository sources;

	SearchService(@Lazy RoleRepository roles, RoleService roleService, @Lazy SourceRepository sources) {
		this.roles = roles;
		this.roleService = roleService;
		this.sources = sources;
	}

	public SearchResults search(String rawQuery) {
		String query = (rawQuery == null) ? "" : rawQuery.strip().replaceAll("\\s+", " ");
		if (query.isEmpty()) {
			return new SearchResults("", List.of(),
					"Type a word or two, such as “strategy”, “customers” or “reports”, to find what the articles say.");
		}
		if (query.length() > LONGEST_QUERY) {
			return new SearchResults(query.substring(0, LONGEST_QUERY), List.of(), "That is longer than any "
					+ "statement here could match. Try a few words, no more than " + LONGEST_QUERY + " characters.");
		}
		List<String> words = Arrays.stream(NOT_A_WORD.split(query.toLowerCase(Locale.ROOT)))
			.filter(word -> word.length() >= 2)
			.distinct()
			.limit(MOST_WORDS)
			.toList();
		if (words.isEmpty()) {
			return new SearchResults(query, List.of(),
					"Search for words of two letters or more; punctuation and symbols are ignored.");
		}
		List<Hit> hits = new ArrayList<>();
		List<String> slugs = this.roleService.findAll().stream().map(RoleSummary::slug).toList();
		for (Statement statement : this.roles.findStatementsHeldByAnyOf(slugs)) {
			if (containsAll(statement.getText(), words)) {
				statement.getRoles()
					.stream()
					.sorted(Comparator.comparingInt(Role::getDisplayOrder))
					.forEach(role -> hits.add(new Hit(kind(statement), role.getAbbreviation() + " profile",
							highlight(statement.getText(), words),
							RolePaths.profile(role.getSlug()) + "#" + statement.getSlug())));
			}
		}
		this.sources.findAllCitations()
			.stream()
			.filter(citation -> containsAll(citation.getPassage(), words))
			.sorted(Comparator.comparingInt((Citation c) -> c.getSource().getDisplayOrder())
				.thenComparingInt(c -> c.getSource().getBody().indexOf(c.getPassage())))
			.forEach(citation -> hits
				.add(new Hit("Passage", citation.getSource().getTitle(), highlight(citation.getPassage(), words),
						SourcePaths.passage(citation.getSource().getSlug(), citation.getAnchor()))));
		return new SearchResults(query, List.copyOf(hits), hits.isEmpty()
				? "Nothing on the site contains all of “" + String.join("”, “", words) + "”. Try fewer or other words."
				: null);
	}

	private static String kind(Statement statement) {
		if (statement instanceof Responsibility) {
			return "Responsibility";
		}
		if (statement instanceof Attribute) {
			return "Key attribute";
		}
		return statement.getAspect().getName();
	}

	private static boolean containsAll(String text, List<String> words) {
		String lower = text.toLowerCase(Locale.ROOT);
		return words.stream().allMatch(lower::contains);
	}

	/**
	 * Splits the text into runs, marking where the words occur; overlapping occurrences
	 * merge.
	 */
	static List<Segment> highlight(String text, List<String> words) {
		String lower = text.toLowerCase(Locale.ROOT);
		boolean[] matched = new boolean[text.length()];
		for (String word : words) {
			for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
				Arrays.fill(matched, at, at + word.length(), true);
			}
		}
		var segments = new ArrayList<Segment>();
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || matched[i] != matched[start]) {
				segments.add(new Segment(text.substring(start, i), matched[start]));
				start = i;
			}
		}
		return List.copyOf(segments);
	}

}
