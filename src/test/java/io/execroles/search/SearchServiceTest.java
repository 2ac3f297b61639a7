package io.execroles.search;

import java.util.List;
import java.util.stream.Stream;

import io.execroles.SiteTest;
import io.execroles.search.SearchResults.Hit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Queries a reader types, and what must come first, or what the site must suggest. The
 * first eight are the issue's own: substrings, stop words, word forms, typos and ranking
 * that the old search got wrong. Run on H2 and on PostgreSQL.
 */
@SiteTest
class SearchServiceTest {

	@Autowired
	SearchService search;

	static Stream<Arguments> queries() {
		return Stream.of(
				// query, role, what must come first ("type:id"), or "suggest:…", or
				// "nothing"
				arguments("IT", null, "STATEMENT:cio-it-department"), //
				arguments("zebra", null, "nothing"), //
				arguments("who reports to the CFO", null, "STATEMENT:cio-reports-to-cfo"),
				arguments("reporting", null, "STATEMENT:cto-reports-to-ceo"),
				arguments("innovation", null, "STATEMENT:cto-creative"),
				arguments("strategy", null, "STATEMENT:both-own-technology-strategy"),
				arguments("infrastucture", null, "suggest:infrastructure"),
				arguments("revenue", null, "STATEMENT:cto-revenue-strategies"),
				arguments("which role focuses on customers", null, "STATEMENT:cto-serves-customers"),
				arguments("who manages the IT department", null, "STATEMENT:cio-it-department"),
				arguments("CEO", null, "STATEMENT:cto-reports-to-ceo"),
				arguments("profits", null, "STATEMENT:cio-increases-profits"),
				arguments("vendors", null, "STATEMENT:cto-works-with-vendors"),
				arguments("providers", null, "STATEMENT:cio-builds-provider-network"),
				arguments("engineering", null, "STATEMENT:cto-engineering|STATEMENT:cto-engineering-component"),
				arguments("budgeting", null, "STATEMENT:cio-plans-and-budgets"),
				arguments("when was the CIO role created", null, "STATEMENT:cio-created-for-it"),
				arguments("existing infrastructure", null, "STATEMENT:cio-existing-infrastructure"),
				arguments("new technologies", null,
						"STATEMENT:cto-new-technologies|STATEMENT:cto-stays-on-new-technology"),
				arguments("intranet", null, "STATEMENT:cto-sets-up-intranet"),
				arguments("here to stay", null, "STATEMENT:both-here-to-stay"),
				arguments("custmers", null, "suggest:customers"), arguments("stratgy", null, "suggest:strategy"),
				arguments("reports", "cto", "STATEMENT:cto-reports-to-ceo"),
				arguments("reports", "cio", "STATEMENT:cio-reports-to-cfo"),
				arguments("customer", null, "STATEMENT:cto-serves-customers|STATEMENT:cio-serves-the-organization"),
				arguments("what must a person in the role be like", null, "ASPECT:qualities"));
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@MethodSource("queries")
	void theRightAnswerComesFirst(String query, String role, String expected) {
		SearchResults results = this.search.search(query, role);
		if (expected.equals("nothing")) {
			assertThat(results.hits()).as(query).isEmpty();
			assertThat(results.advice()).as(query).startsWith("Nothing on the site matches");
			assertThat(results.tryWords()).as("words that do match")
				.isNotEmpty()
				.allSatisfy(word -> assertThat(this.search.search(word, null).hits()).as("the offered word %s", word)
					.isNotEmpty());
		}
		else if (expected.startsWith("suggest:")) {
			assertThat(results.suggestion()).as(query).isEqualTo(expected.substring("suggest:".length()));
			// Offered as a link, never searched for in the query's place.
			assertThat(results.hits()).as("no results for a word the reader did not type").isEmpty();
			assertThat(results.advice()).as(query).contains("Nothing on the site matches “" + query + "”");
		}
		else {
			assertThat(results.hits()).as(query).isNotEmpty();
			Hit first = results.hits().get(0);
			assertThat(first.type() + ":" + first.id()).as("first for “%s”", query)
				.isIn(List.of(expected.split("\\|")));
		}
	}

	/**
	 * Questions, role names and titles, two roles in either order, an unknown acronym and
	 * topics the articles do not cover: what is answered above the results, or what is
	 * said. "answer:KIND:aspect:roles" (the aspect and the roles of its columns, for an
	 * answer on one aspect; the heading's roles otherwise), or "uncovered:topic".
	 */
	static Stream<Arguments> questions() {
		return Stream.of(arguments("what is the difference between a cto and a cio", "answer:COMPARISON::cto,cio"),
				arguments("CTO vs CIO", "answer:COMPARISON::cto,cio"),
				arguments("cio vs cto", "answer:COMPARISON::cio,cto"),
				arguments("how do the CTO and the CIO differ", "answer:COMPARISON::cto,cio"),
				arguments("compare the roles", "answer:COMPARISON::cto,cio"), arguments("cto", "answer:PROFILE::cto"),
				arguments("CIO", "answer:PROFILE::cio"), arguments("chief technology officer", "answer:PROFILE::cto"),
				arguments("Chief Information Officers", "answer:PROFILE::cio"),
				arguments("who does the CIO report to", "answer:ASPECT:reporting-line:cio"),
				arguments("whom does the CTO report to", "answer:ASPECT:reporting-line:cto"),
				arguments("reporting line", "answer:ASPECT:reporting-line:cto,cio"),
				arguments("which role focuses on customers", "answer:ASPECT:focus:cto,cio"),
				arguments("CTO vs CIO on strategy", "answer:ASPECT:strategy:cto,cio"),
				arguments("when was the CIO role created", "answer:ASPECT:history:cio"),
				arguments("what must a CTO be like", "answer:ASPECT:qualities:cto"),
				arguments("salary", "uncovered:pay"), arguments("how much does a CIO earn", "uncovered:pay"),
				arguments("CISO", "uncovered:security"), arguments("cloud", "uncovered:cloud-and-data"),
				arguments("what is the career path to CTO", "uncovered:career-path"));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("questions")
	void aQuestionIsAnsweredAboveTheResultsOrToldWhatTheArticlesDoNotCover(String query, String expected) {
		SearchResults results = this.search.search(query, null);
		String[] parts = expected.split(":", -1);
		if (parts[0].equals("uncovered")) {
			assertThat(results.uncovered()).as(query).isNotNull();
			assertThat(results.uncovered().slug()).as(query).isEqualTo(parts[1]);
			assertThat(results.suggestion()).as("no spelling offered for a topic word").isNull();
			assertThat(results.tryWords()).as("no unrelated words offered").isEmpty();
			return;
		}
		assertThat(results.uncovered()).as(query).isNull();
		SearchResults.Answer answer = results.answer();
		assertThat(answer).as(query).isNotNull();
		assertThat(answer.kind().name()).as(query).isEqualTo(parts[1]);
		List<String> roles = List.of(parts[3].split(","));
		switch (answer.kind()) {
			case PROFILE -> {
				assertThat(answer.link().href()).isEqualTo("/roles/" + roles.get(0));
				assertThat(answer.text()).isNotBlank();
			}
			case COMPARISON -> {
				assertThat(answer.heading()).isEqualTo(
						String.join(" vs ", roles.stream().map(r -> r.toUpperCase(java.util.Locale.ROOT)).toList()));
				assertThat(answer.link().href()).isEqualTo("/compare/cto-vs-cio");
				assertThat(answer.text()).contains("the " + roles.get(0).toUpperCase(java.util.Locale.ROOT) + " ");
			}
			case ASPECT -> {
				assertThat(answer.columns()).extracting(column -> column.role().slug())
					.containsExactlyElementsOf(roles);
				assertThat(answer.link().href()).endsWith("#" + parts[2]);
				assertThat(answer.columns()).allSatisfy(column -> assertThat(column.statements()).isNotEmpty());
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("wordForms")
	void wordsMatchAsWholeWordsInAllTheirForms(String query, List<String> mustFind, List<String> mustNotMark) {
		SearchResults results = this.search.search(query, null);
		List<String> found = results.hits().stream().map(hit -> hit.type() + ":" + hit.id()).toList();
		assertThat(found).as(query).containsAll(mustFind);
		List<String> marked = results.hits()
			.stream()
			.flatMap(hit -> hit.text().stream())
			.filter(SearchResults.Segment::matched)
			.map(SearchResults.Segment::text)
			.toList();
		assertThat(marked).as("words marked for %s", query).isNotEmpty();
		mustNotMark.forEach(word -> assertThat(marked).as("words marked for %s", query).doesNotContain(word));
	}

	static Stream<Arguments> wordForms() {
		return Stream.of(arguments("IT", List.of("STATEMENT:cio-it-department"), List.of("with", "it", "architect")),
				arguments("report", List.of("STATEMENT:cto-reports-to-ceo", "ASPECT:reporting-line"), List.of()),
				arguments("strategy",
						List.of("STATEMENT:cto-revenue-strategies", "STATEMENT:cio-it-strategy",
								"STATEMENT:both-own-technology-strategy"),
						List.of()),
				arguments("manage", List.of("STATEMENT:cio-it-department", "STATEMENT:cio-organized-manager"),
						List.of()),
				arguments("innovation", List.of("STATEMENT:cto-creative", "PASSAGE:cto-creativity"), List.of()));
	}

}
