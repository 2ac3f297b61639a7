package io.execroles.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fetches pages as a browser would read them, so tests can assert on headings, links and
 * ids.
 */
public final class Pages {

	private Pages() {
	}

	/** The page at the path, which must answer 200 with HTML. */
	public static Document get(MockMvcTester mvc, String path) {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).as("GET %s", path).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		return parse(result, path);
	}

	/**
	 * The preview that a citation control opens in place, which must be on the page: each
	 * of its passages in a blockquote, with a link on to the passage in its article.
	 */
	public static Element preview(Document page, Element ref) {
		assertThat(ref.tagName()).isEqualTo("button");
		Element preview = page.getElementById(ref.attr("popovertarget"));
		assertThat(preview).as("the preview %s", ref.attr("popovertarget")).isNotNull();
		assertThat(preview.hasAttr("popover")).isTrue();
		return preview;
	}

	/** Where a citation's preview leads on to: each passage in its article. */
	public static java.util.List<String> passageHrefs(Document page, Element cite) {
		var hrefs = preview(page, cite).select(".preview-source a").eachAttr("href");
		assertThat(hrefs).as("the passages of %s", cite.attr("popovertarget")).isNotEmpty();
		return hrefs;
	}

	public static Document parse(MvcTestResult result, String path) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + path);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
