package io.execroles.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English as the site's readers type it: whole words, lower case, possessives and stop
 * words dropped, Porter stems (report, reports, reporting; innovation, innovative). Two
 * additions for this content. The articles' "IT" is a word that matters, not the pronoun
 * the stop words drop: the text's capitalised "IT" becomes a token of its own, and so
 * does "it" in a query, where a pronoun would carry nothing anyway. And the question
 * words a reader starts with ("who reports to the CFO") are stop words too.
 */
final class SiteAnalyzer extends Analyzer {

	/** What "IT" is indexed and searched as: no English word stems to it. */
	static final String INFORMATION_TECHNOLOGY = "itacronym";

	static final CharArraySet STOP_WORDS = stopWords();

	private final boolean forQueries;

	private SiteAnalyzer(boolean forQueries) {
		this.forQueries = forQueries;
	}

	/** For the site's texts: only the capitalised "IT" is information technology. */
	static SiteAnalyzer forTexts() {
		return new SiteAnalyzer(false);
	}

	/** For what a reader types: "it", in any case, is information technology. */
	static SiteAnalyzer forQueries() {
		return new SiteAnalyzer(true);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		var source = new StandardTokenizer();
		TokenStream stream = new InformationTechnologyFilter(source, this.forQueries);
		stream = new LowerCaseFilter(stream);
		stream = new EnglishPossessiveFilter(stream);
		stream = new StopFilter(stream, STOP_WORDS);
		stream = new PorterStemFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

	private static CharArraySet stopWords() {
		var words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		words.addAll(List.of("who", "whom", "whose", "which", "what", "when", "where", "why", "how", "does", "do",
				"did", "can", "should", "would"));
		return CharArraySet.unmodifiableSet(words);
	}

	/** Turns "IT" (and, in a query, "it") into a token the stop words leave alone. */
	private static final class InformationTechnologyFilter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final boolean anyCase;

		InformationTechnologyFilter(TokenStream input, boolean anyCase) {
			super(input);
			this.anyCase = anyCase;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			if (this.term.length() == 2) {
				char first = this.term.charAt(0);
				char second = this.term.charAt(1);
				boolean capital = first == 'I' && second == 'T';
				boolean any = (first == 'i' || first == 'I') && (second == 't' || second == 'T');
				if (capital || (this.anyCase && any)) {
					this.term.setEmpty().append(INFORMATION_TECHNOLOGY);
				}
			}
			return true;
		}

	}

}
