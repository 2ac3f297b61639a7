package io.execroles.content.checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import io.execroles.content.ContentDocuments.LeftOut;
import io.execroles.content.ContentDocuments.SourceDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complete means every sentence the articles say about the roles is cited somewhere on
 * the site. A sentence may be left out only when its source document lists it, with why.
 */
class CoverageTest {

	/**
	 * Titles and headings (short lines that end without a full stop) name parts of an
	 * article; they claim nothing.
	 */
	private static final Pattern HEADING = Pattern.compile("^.{1,80}(?<!\\.)$");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!][”\"]?)\\s+(?=[A-Z“(])");

	@Test
	void everySentenceAboutTheRolesIsCitedOrDeliberatelyLeftOut() {
		var uncovered = new ArrayList<String>();
		Documents.get().sources().forEach((slug, source) -> {
			Collection<String> passages = source.passages().values();
			for (String sentence : sentences(source.article())) {
				boolean cited = passages.stream().anyMatch(p -> p.contains(sentence) || sentence.contains(p));
				if (!cited && leftOut(source).stream().noneMatch(left -> left.sentence().equals(sentence))) {
					uncovered.add("sources/" + slug + ".yaml: " + sentence);
				}
			}
		});
		assertThat(uncovered).as("sentences neither cited nor listed under left-out").isEmpty();
	}

	@Test
	void leftOutSentencesAreSentencesOfTheArticleAndNotCited() {
		int listed = 0;
		for (SourceDocument source : Documents.get().sources().values()) {
			for (LeftOut left : leftOut(source)) {
				assertThat(sentences(source.article())).contains(left.sentence());
				assertThat(source.passages().values()).noneMatch(p -> p.contains(left.sentence()));
				listed++;
			}
		}
		assertThat(listed).as("the articles' asides to their readers are listed").isPositive();
	}

	@Test
	void theSplitterFindsTheSentencesOfAParagraphAndTheBulletsOfAList() {
		String article = "A Title\n\nHeading\n\nThe first claim is made here. The second is “in quotes.” Is the third one a "
				+ "question?\n\n  • First item\n  • Second item\n";
		assertThat(sentences(article)).containsExactly("The first claim is made here.", "The second is “in quotes.”",
				"Is the third one a question?", "First item", "Second item");
	}

	private static List<LeftOut> leftOut(SourceDocument source) {
		return (source.leftOut() != null) ? source.leftOut() : List.of();
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
