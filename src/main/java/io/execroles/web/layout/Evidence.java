package io.execroles.web.layout;

import java.util.List;

import io.execroles.content.Source;

/**
 * What everything on the site rests on, as a reader should know it before trusting it:
 * how many articles, and whether their authors and dates are known.
 */
public record Evidence(int articles, boolean authorsKnown, boolean datesKnown) {

	private static final List<String> NUMBERS = List.of("no", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten");

	static Evidence of(List<Source> sources) {
		return new Evidence(sources.size(), sources.stream().allMatch(source -> source.author() != null),
				sources.stream().allMatch(source -> source.published() != null));
	}

	/** "two web articles whose authors and dates are not known" */
	public String articlesPhrase() {
		String count = (this.articles < NUMBERS.size()) ? NUMBERS.get(this.articles) : String.valueOf(this.articles);
		String phrase = count + " web " + ((this.articles == 1) ? "article" : "articles");
		if (!this.authorsKnown && !this.datesKnown) {
			return phrase + " whose " + ((this.articles == 1) ? "author and date are" : "authors and dates are")
					+ " not known";
		}
		if (!this.authorsKnown) {
			return phrase + " whose " + ((this.articles == 1) ? "author is" : "authors are") + " not all known";
		}
		if (!this.datesKnown) {
			return phrase + " whose " + ((this.articles == 1) ? "date is" : "dates are") + " not all known";
		}
		return phrase;
	}

}
