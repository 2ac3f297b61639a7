package io.execroles.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tendency must not become a fact: where a passage hedges ("often", "typically", "in
 * many cases", "expected to" …), whatever the site says on it hedges too, with the same
 * word or one that means as much. A pair where the hedge does not apply is listed here,
 * with the reason.
 */
@SpringBootTest
class HedgeTest {

	/**
	 * Each hedge a passage may carry, and what the site's wording may keep it with.
	 */
	static final Map<String, Pattern> HEDGES = hedges();

	/**
	 * Pairs of a cited text (a statement, or a role's summary as "summary:slug") and a
	 * hedge of its passage that it rightly does not repeat, each with why.
	 */
	static final Map<String, String> NOT_APPLICABLE = Map.of("cto-serves-customers / typically",
			"the passage says “typically” of the CIO; of the CTO it says “more closely”, which the statement keeps",
			"summary:cto / typically",
			"the passage says “typically” of the CIO; of the CTO it says “more closely”, which the summary keeps",
			"cio-serves-the-organization / more",
			"the passage says “more closely” of the CTO; of the CIO it says “typically”, which the statement keeps",
			"summary:cio / more",
			"the passage says “more closely” of the CTO; of the CIO it says “typically”, which the summary keeps",
			"both-here-to-stay / more",
			"“more” there counts new positions (“even more new ones”) and aspects (“the more salient”); it hedges "
					+ "nothing about the roles");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void whereAPassageHedgesWhatTheSiteSaysOnItHedgesToo() {
		var dropped = new ArrayList<String>();
		for (var cited : citedTexts()) {
			for (String hedge : missingHedges(cited.passage(), cited.text())) {
				String pair = cited.slug() + " / " + hedge;
				if (!NOT_APPLICABLE.containsKey(pair)) {
					dropped.add(pair + ": “" + cited.text() + "” rests on “" + cited.passage() + "”");
				}
			}
		}
		assertThat(dropped).as("texts that drop the hedge of their passage").isEmpty();
	}

	@Test
	void everyListedExceptionIsStillNeeded() {
		var needed = new ArrayList<String>();
		for (var cited : citedTexts()) {
			for (String hedge : missingHedges(cited.passage(), cited.text())) {
				needed.add(cited.slug() + " / " + hedge);
			}
		}
		assertThat(needed).containsAll(NOT_APPLICABLE.keySet());
	}

	@Test
	void theRuleCatchesADroppedHedgeAndAcceptsOneThatMeansAsMuch() {
		assertThat(missingHedges("CIOs are also often tasked with managing the IT department.",
				"Manages the IT department."))
			.containsExactly("often");
		assertThat(missingHedges("CTOs are expected to have the capability to develop strategies.",
				"Should be able to develop strategies."))
			.isEmpty();
		assertThat(missingHedges("In many cases, the CTO reports to the CEO.", "Reports to the CEO."))
			.contains("in many cases");
		assertThat(missingHedges("Furthermore, the CTO leads.", "Leads.")).as("whole words only").isEmpty();
	}

	/** The hedges of the passage that the text does not keep. */
	static List<String> missingHedges(String passage, String text) {
		var missing = new ArrayList<String>();
		HEDGES.forEach((hedge, kept) -> {
			if (word(hedge).matcher(passage).find() && !kept.matcher(text).find()) {
				missing.add(hedge);
			}
		});
		return missing;
	}

	private List<CitedText> citedTexts() {
		var texts = new ArrayList<CitedText>();
		this.jdbc.query("""
				select s.slug, s.text, c.passage from statement s
				join statement_citation sc on sc.statement_id = s.id join citation c on c.id = sc.citation_id""",
				(java.sql.ResultSet row) -> {
					texts.add(new CitedText(row.getString(1), row.getString(2), row.getString(3)));
				});
		this.jdbc.query("""
				select r.slug, r.summary, c.passage from role r
				join role_summary_citation rc on rc.role_id = r.id join citation c on c.id = rc.citation_id""",
				(java.sql.ResultSet row) -> {
					texts.add(new CitedText("summary:" + row.getString(1), row.getString(2), row.getString(3)));
				});
		// A gist reads after its aspect's label ("Reports to" "the CEO, in many cases").
		this.jdbc.query("""
				select a.slug, r.slug, a.glance_label, g.text, c.passage from gist g
				join aspect a on a.id = g.aspect_id join role r on r.id = g.role_id
				join gist_citation gc on gc.gist_id = g.id join citation c on c.id = gc.citation_id""",
				(java.sql.ResultSet row) -> {
					texts.add(new CitedText("gist:" + row.getString(1) + "/" + row.getString(2),
							row.getString(3) + " " + row.getString(4), row.getString(5)));
				});
		assertThat(texts).isNotEmpty();
		return texts;
	}

	private static Map<String, Pattern> hedges() {
		var hedges = new LinkedHashMap<String, Pattern>();
		for (String same : List.of("often", "typically", "commonly", "generally", "usually", "in many cases", "more")) {
			hedges.put(same, word(same));
		}
		hedges.put("expected to", word("expected to|should"));
		hedges.put("important for", word("important|should"));
		return Map.copyOf(hedges);
	}

	private static Pattern word(String words) {
		return Pattern.compile("\\b(?:" + words + ")\\b", Pattern.CASE_INSENSITIVE);
	}

	record CitedText(String slug, String text, String passage) {
	}

}
