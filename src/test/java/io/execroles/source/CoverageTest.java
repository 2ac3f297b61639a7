package io.execroles.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complete means every sentence the articles say about the roles is cited somewhere on
 * the site. A sentence may be left out only when it is listed here with the reason.
 */
@SpringBootTest
class CoverageTest {

	/** Sentences deliberately not on the site, each with why. */
	static final Map<String, String> LEFT_OUT = Map.of(
			"Understanding the difference between these two roles is key to ensuring that your company is run effectively.",
			"addresses the reader's company, not the roles",
			"In this blog post, we will explore the differences between CTOs and CIOs and discuss which position is more important for your business.",
			"describes the blog post itself; the post never says which role is more important",
			"If you’re not sure which position might be a better fit for you, or if you’re considering making a change, read on for more information about each role.",
			"addresses the reader and points to reading that the article does not contain");

	/**
	 * Titles and headings (short lines that end without a full stop) name parts of an
	 * article; they claim nothing.
	 */
	private static final Pattern HEADING = Pattern.compile("^.{1,80}(?<!\\.)$");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!][”\"]?)\\s+(?=[A-Z“(])");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everySentenceAboutTheRolesIsCitedOrDeliberatelyLeftOut() throws IOException {
		List<String> passages = this.jdbc.queryForList("select passage from citation", String.class);
		var uncovered = new ArrayList<String>();
		for (String file : CitationIntegrityTest.SEED_FILES.values()) {
			for (String sentence : sentences(CitationIntegrityTest.seed(file))) {
				boolean cited = passages.stream().anyMatch(p -> p.contains(sentence) || sentence.contains(p));
				if (!cited && !LEFT_OUT.containsKey(sentence)) {
					uncovered.add(sentence);
				}
			}
		}
		assertThat(uncovered).as("sentences neither cited nor deliberately left out").isEmpty();
	}

	@Test
	void leftOutSentencesAreRealAndNotCited() throws IOException {
		String all = CitationIntegrityTest.seed("cto-vs-cio-corporate-heavyweights.txt")
				+ CitationIntegrityTest.seed("difference-between-cto-and-cio.txt");
		List<String> passages = this.jdbc.queryForList("select passage from citation", String.class);
		for (String sentence : LEFT_OUT.keySet()) {
			assertThat(all).contains(sentence);
			assertThat(passages).noneMatch(p -> p.contains(sentence));
		}
	}

	@Test
	void theSplitterFindsTheSentencesOfAParagraphAndTheBulletsOfAList() {
		String article = "A Title\n\nHeading\n\nThe first claim is made here. The second is “in quotes.” Is the third one a "
				+ "question?\n\n  • First item\n  • Second item\n";
		assertThat(sentences(article)).containsExactly("The first claim is made here.", "The second is “in quotes.”",
				"Is the third one a question?", "First item", "Second item");
	}

	/** The article's sentences and list items, without its title and headings. */
	static List<String> sentences(String article) {
		var result = new ArrayList<String>();
		for (String line : article.split("\n")) {
			String text = line.strip().replaceFirst("^•\\s*", "");
			if (text.isEmpty() || (!line.strip().startsWith("•") && HEADING.matcher(text).matches())) {
				continue;
			}
			for (String sentence : SENTENCE_END.split(text)) {
				result.add(sentence.strip());
			}
		}
		return result;
	}

}
