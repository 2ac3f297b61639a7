package io.execroles.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.execroles.content.Role;
import io.execroles.content.Topic;

/**
 * What a query asks, read before its words are searched for: the roles it names (by
 * abbreviation, title or address, in the order it names them), whether it asks how roles
 * differ, a topic the articles do not cover that it names, and the rest of its words,
 * which are searched for. "what is the difference between a CTO and a CIO" names the CTO
 * and the CIO, asks how they differ, and leaves nothing else to search for.
 */
record QueryReading(List<Role> roles, boolean asksHowTheyDiffer, Topic uncovered, String rest) {

	/** Words that ask how roles differ, whatever else the query says. */
	private static final Pattern DIFFERENCE = Pattern.compile(
			"\\b(vs|v|versus|compared?|comparing|comparison|differ|differs|difference|differences|different)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * The words a question is put in, which say nothing about what it asks: "what is",
	 * "which role", "between". Searched for, they would find any sentence.
	 */
	private static final Pattern QUESTION = Pattern.compile(
			"\\b(what|whats|what's|which|who|whom|whose|how|why|is|are|was|were|does|do|did|can|should|the|a|an|and|"
					+ "or|of|between|main|key|role|roles|job|jobs|position|positions|exactly|really|mean|means)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	static QueryReading of(String query, List<Role> roles, List<Topic> topics) {
		record Named(Role role, int at) {
		}
		var named = new ArrayList<Named>();
		String rest = query;
		for (Role role : roles) {
			Matcher matcher = names(role).matcher(rest);
			if (matcher.find()) {
				named.add(new Named(role, matcher.start()));
				// Blanked, not removed: the positions of the other roles' names stand.
				rest = matcher.replaceAll(match -> " ".repeat(match.group().length()));
			}
		}
		List<Role> inOrder = named.stream().sorted(Comparator.comparingInt(Named::at)).map(Named::role).toList();
		Matcher difference = DIFFERENCE.matcher(rest);
		boolean asks = difference.find();
		rest = difference.replaceAll(" ");
		rest = QUESTION.matcher(rest).replaceAll(" ");
		String lower = " " + query.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
		Topic uncovered = topics.stream()
			.filter(topic -> topic.words().stream().anyMatch(word -> lower.contains(" " + word + " ")))
			.findFirst()
			.orElse(null);
		return new QueryReading(inOrder, asks, uncovered, rest.replaceAll("\\s+", " ").strip());
	}

	/**
	 * A role's names: its abbreviation, its title and its address, each also in the
	 * plural ("CTOs", "chief technology officers").
	 */
	private static Pattern names(Role role) {
		var names = new ArrayList<String>();
		for (String name : List.of(role.title(), role.abbreviation(), role.slug())) {
			names.add(Pattern.quote(name) + "(?:s|'s|’s)?");
		}
		return Pattern.compile("\\b(?:" + String.join("|", names) + ")\\b",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
