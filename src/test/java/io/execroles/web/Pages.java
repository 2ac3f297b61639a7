package io.execroles.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

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

	public static Document parse(MvcTestResult result, String path) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + path);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
