package io.execroles.source;

import java.util.List;

import io.execroles.web.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class SourceControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsBothArticles() {
		assertThat(Pages.get(this.mvc, "/sources").select("main .card-title a").eachText())
			.containsExactly("CTO vs. CIO: Corporate Heavyweights", "Difference between CTO and CIO");
	}

	@Test
	void showsTheWholeArticleAsPublished() throws Exception {
		for (var entry : CitationIntegrityTest.SEED_FILES.entrySet()) {
			Document page = Pages.get(this.mvc, "/sources/" + entry.getKey());
			page.select(".uses").remove();
			String shown = page.select("h1").text() + " " + page.select(".article-text").text();
			assertThat(CitationIntegrityTest.foldWhitespace(shown.replace("•", ""))).isEqualTo(CitationIntegrityTest
				.foldWhitespace(CitationIntegrityTest.seed(entry.getValue()).replace("•", "")));
		}
	}

	@Test
	void everyCitedPassageIsAnAnchorHoldingThePassage() {
		for (String source : CitationIntegrityTest.SEED_FILES.keySet()) {
			Document page = Pages.get(this.mvc, "/sources/" + source);
			List<java.util.Map<String, Object>> citations = this.jdbc.queryForList(
					"select c.anchor, c.passage from citation c join source s on s.id = c.source_id where s.slug = ?",
					source);
			for (var citation : citations) {
				var mark = page.getElementById((String) citation.get("anchor"));
				assertThat(mark).as("#%s", citation.get("anchor")).isNotNull();
				assertThat(mark.tagName()).isEqualTo("mark");
				assertThat(mark.text()).isEqualTo(citation.get("passage"));
			}
		}
	}

	@Test
	void aPassageLinksBackToWhereTheSiteUsesIt() {
		Document page = Pages.get(this.mvc, "/sources/difference-between-cto-and-cio");
		var uses = page.getElementById("reporting-lines").nextElementSibling();
		assertThat(uses.hasClass("uses")).isTrue();
		assertThat(uses.select("a").eachAttr("href")).contains("/roles/cto#cto-reports-to-ceo",
				"/roles/cio#cio-reports-to-cfo", "/compare/cto-vs-cio#reporting-line");
	}

	@Test
	void anUnknownSourceAnswers404AndUpperCaseRedirects() {
		assertThat(this.mvc.get().uri("/sources/no-such-article")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/sources/Corporate-Heavyweights")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/sources/corporate-heavyweights");
	}

}
