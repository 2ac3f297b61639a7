package io.execroles.source;

import java.util.List;

import io.execroles.SiteTest;
import io.execroles.TestContent;
import io.execroles.web.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class SourceControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsBothArticles() {
		assertThat(Pages.get(this.mvc, "/sources").select("main .card-title a").eachText())
			.containsExactly("CTO vs. CIO: Corporate Heavyweights", "Difference between CTO and CIO");
	}

	@Test
	void showsTheWholeArticleAsPublished() {
		TestContent.documents().sources().forEach((slug, source) -> {
			Document page = Pages.get(this.mvc, "/sources/" + slug);
			page.select(".uses, .marker").remove();
			String shown = page.select("h1").text() + " " + page.select(".article-text").text();
			assertThat(foldWhitespace(shown.replace("•", "")))
				.isEqualTo(foldWhitespace(source.article().replace("•", "")));
		});
	}

	@Test
	void everyCitedPassageIsAnAnchorHoldingThePassage() {
		TestContent.documents().sources().forEach((slug, source) -> {
			Document page = Pages.get(this.mvc, "/sources/" + slug);
			source.passages().forEach((anchor, text) -> {
				var mark = page.getElementById(anchor);
				assertThat(mark).as("#%s", anchor).isNotNull();
				assertThat(mark.hasClass("passage")).isTrue();
				assertThat(mark.text()).isEqualTo(text);
			});
		});
	}

	static String foldWhitespace(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	@Test
	void aPassageLinksBackToWhereTheSiteUsesItFromOutsideTheProse() {
		Document page = Pages.get(this.mvc, "/sources/difference-between-cto-and-cio");
		Element passage = page.getElementById("reporting-lines");
		// Its marker in the prose, and the places beside the paragraph under the same
		// number.
		Element marker = passage.nextElementSibling();
		assertThat(marker.hasClass("marker")).isTrue();
		Element block = passage.closest(".article-block");
		Element uses = block.selectFirst(".uses li[value=" + marker.text() + "]");
		assertThat(uses.select("a").eachAttr("href")).contains("/roles/cto#cto-reports-to-ceo",
				"/roles/cio#cio-reports-to-cfo", "/compare/cto-vs-cio#reporting-line");
		assertThat(uses.select("a").eachText()).doesNotHaveDuplicates();
		assertThat(page.select(".article-block > p a, .article-block > ul a")).as("no links in the prose").isEmpty();
	}

	@Test
	void anUnknownSourceAnswers404AndUpperCaseRedirects() {
		assertThat(this.mvc.get().uri("/sources/no-such-article")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/sources/Corporate-Heavyweights")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/sources/corporate-heavyweights");
	}

}
