package io.execroles.content.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tendency must not become a fact: where a passage hedges ("often", "typically", "in
 * many cases", "expected to" …), whatever the site writes on it hedges too, with the same
 * word or one that means as much. Where a hedge rightly does not apply, the document says
 * so next to the words, under {@code unhedged}, with why.
 */
class HedgeTest {

	/** Each hedge a passage may carry, and what the site's wording may keep it with. */
	static final Map<String, Pattern> HEDGES = hedges();

	@Test
	void whereAPassageHedgesWhatTheSiteWritesOnItHedgesToo() {
		var dropped = new ArrayList<String>();
		for (var cited : Documents.citedTexts()) {
			for (String anchor : cited.cite()) {
				for (String hedge : missingHedges(Documents.passage(anchor), cited.text())) {
					if (!cited.exceptions().containsKey(hedge)) {
						dropped.add(cited.where() + " drops “" + hedge + "”: “" + cited.text() + "” rests on “"
								+ Documents.passage(anchor) + "”");
					}
				}
			}
		}
		assertThat(dropped).as("texts that drop the hedge of their passage").isEmpty();
	}

	@Test
	void everyListedExceptionIsStillNeeded() {
		var unneeded = new ArrayList<String>();
		int listed = 0;
		for (var cited : Documents.citedTexts()) {
			for (String hedge : cited.exceptions().keySet()) {
				listed++;
				boolean needed = cited.cite()
					.stream()
					.anyMatch(anchor -> missingHedges(Documents.passage(anchor), cited.text()).contains(hedge));
				if (!needed) {
					unneeded.add(cited.where() + ": unhedged." + hedge);
				}
			}
		}
		assertThat(listed).isPositive();
		assertThat(unneeded).as("exceptions whose text now keeps the hedge, or whose passage has none").isEmpty();
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

}
