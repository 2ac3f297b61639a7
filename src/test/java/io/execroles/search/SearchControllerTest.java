package io.execroles.search;

import io.execroles.SiteTest;
import io.execroles.web.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class SearchControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void resultsNameTheirRoleTheirAspectAndTheMatchedWordsAndLinkToTheirAnchor() {
		Document page = Pages.get(this.mvc, "/search?q=who+reports+to+the+CFO");
		Element first = page.selectFirst("ol.hits > li");
		assertThat(first.select(".hit-role").eachText()).containsExactly("CIO");
		assertThat(first.select(".hit-role").hasClass("role-cio")).isTrue();
		assertThat(first.select(".hit-where").text()).contains("Reporting line");
		assertThat(first.select("mark").eachText()).containsExactly("reports", "CFO");
		assertThat(first.select("a.hit-text").attr("href")).isEqualTo("/roles/cio#cio-reports-to-cfo");
		assertThat(page.select("ol.hits a.hit-text").eachAttr("href"))
			.contains("/sources/difference-between-cto-and-cio#reporting-lines");
	}

	@Test
	void eachQueryHasItsOwnCanonicalAddressAndResultPagesAreNotIndexed() {
		Document page = Pages.get(this.mvc, "/search?q=  Who   reports &utm_source=x");
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("https://roles.example/search?q=Who+reports");
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		Document empty = Pages.get(this.mvc, "/search");
		assertThat(empty.select("meta[name=robots]")).isEmpty();
		assertThat(empty.select("link[rel=canonical]").attr("href")).isEqualTo("https://roles.example/search");
	}

	@Test
	void aRoleFilterIsAPlainLinkAndKeepsToThatRole() {
		Document page = Pages.get(this.mvc, "/search?q=reports");
		assertThat(page.select("nav.search-filter a").eachAttr("href")).contains("/search?q=reports&role=cto",
				"/search?q=reports&role=cio");
		Document cto = Pages.get(this.mvc, "/search?q=reports&role=cto");
		assertThat(cto.select("ol.hits .hit-role").eachText()).isNotEmpty().allMatch("CTO"::equals);
		assertThat(cto.select("nav.search-filter a[aria-current=page]").text()).isEqualTo("CTO");
		assertThat(this.mvc.get().uri("/search?q=reports&role=ceo")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aMisspelledWordIsOfferedItsSpellingAsALinkAndNeverReplaced() {
		Document page = Pages.get(this.mvc, "/search?q=infrastucture");
		assertThat(page.select(".suggestion").text()).isEqualTo("Did you mean infrastructure?");
		assertThat(page.select(".suggestion a").attr("href")).isEqualTo("/search?q=infrastructure");
		assertThat(page.select(".lede").text()).contains("Nothing on the site matches “infrastucture”");
		assertThat(page.select("ol.hits, section.answer")).isEmpty();
	}

	@Test
	void aResultsPageHasOneSearchBoxAndPutsTheAnswerFirst() {
		var result = this.mvc.get().uri("/search?q={q}", "who does the CIO report to").exchange();
		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result, "/search");
		assertThat(page.select("form[role=search]")).hasSize(1);
		assertThat(page.select("form[role=search] input[name=q]").val()).isEqualTo("who does the CIO report to");
		Element answer = page.selectFirst("main section.answer");
		assertThat(answer.select("h2").text()).isEqualTo("Reporting line: CIO");
		assertThat(answer.select(".answer-cell").text()).contains("CFO");
		assertThat(answer.select(".answer-more a").eachAttr("href")).contains("/roles/cio#reporting-line",
				"/compare/cto-vs-cio#reporting-line");
		assertThat(answer.nextElementSiblings().select("ol.hits")).isNotEmpty();
		assertThat(page.select(".site-nav a[aria-current]").text()).isEqualTo("Search");
	}

	@Test
	void aTopicTheArticlesDoNotCoverIsSaidPlainlyWithLinksToWhatTheyDo() {
		Document page = Pages.get(this.mvc, "/search?q=salary");
		Element said = page.selectFirst(".not-covered");
		assertThat(said.text()).contains("The articles do not cover pay");
		assertThat(said.select("a").eachAttr("href")).contains("/roles/cto", "/roles/cio", "/compare/cto-vs-cio",
				"/about#gaps-heading");
		assertThat(page.select(".try-words, .suggestion")).isEmpty();
		assertThat(Pages.get(this.mvc, "/about").getElementById("gaps-heading")).isNotNull();
	}

	@Test
	void aQueryThatFindsNothingSaysSoAndOffersWordsThatDo() {
		Document page = Pages.get(this.mvc, "/search?q=zebra");
		assertThat(page.select(".lede").text()).contains("Nothing on the site matches “zebra”");
		assertThat(page.select(".try-words a")).isNotEmpty();
		assertThat(page.select("ol.hits")).isEmpty();
	}

	@Test
	void anEmptyOrAbsurdQueryGetsAdviceNotAnError() {
		assertThat(Pages.get(this.mvc, "/search").select(".lede").text()).contains("Type a question");
		assertThat(Pages.get(this.mvc, "/search?q=   ").select(".lede").text()).contains("Type a question");
		assertThat(Pages.get(this.mvc, "/search?q=the+of+it%21").select("ol.hits")).isNotEmpty();
		assertThat(Pages.get(this.mvc, "/search?q=!!!").select(".lede").text()).contains("too common");
		assertThat(Pages.get(this.mvc, "/search?q=" + "x".repeat(500)).select(".lede").text()).contains("longer");
	}

	@Test
	void neitherTheQueryNorTheHighlightingCanInjectMarkup() throws Exception {
		String html = this.mvc.get()
			.uri("/search?q={q}", "<script>alert(1)</script> <b>reports</b>")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>reports</b>");
		Document page = Pages.get(this.mvc, "/search?q=%3Cmark%3Ereports");
		assertThat(page.select("ol.hits mark").eachText()).allMatch(w -> w.equalsIgnoreCase("reports"));
	}

	@Test
	void everyPageHasTheSearchBoxInItsHeader() {
		for (String path : new String[] { "/", "/roles/cto", "/compare/cto-vs-cio", "/sources" }) {
			Element form = Pages.get(this.mvc, path).selectFirst("header.site-header form[role=search]");
			assertThat(form).as(path).isNotNull();
			assertThat(form.attr("action")).isEqualTo("/search");
			assertThat(form.attr("method")).isEqualTo("get");
			assertThat(form.select("input[name=q]")).hasSize(1);
		}
	}

	@Test
	void theApiAnswersTheSameRankedResultsWithTheirCitations() throws Exception {
		Document page = Pages.get(this.mvc, "/search?q=strategy");
		JsonNode api = JsonMapper.builder()
			.build()
			.readTree(this.mvc.get().uri("/api/search?q=strategy").exchange().getResponse().getContentAsString());
		assertThat(api.get("url").asString()).isEqualTo("https://roles.example/search?q=strategy");
		var ids = api.get("results").valueStream().map(r -> r.get("url").asString()).toList();
		assertThat(ids).containsExactlyElementsOf(page.select("ol.hits a.hit-text")
			.eachAttr("href")
			.stream()
			.map(h -> "https://roles.example" + h)
			.toList());
		JsonNode statement = api.get("results").get(0);
		assertThat(statement.get("type").asString()).isEqualTo("STATEMENT");
		assertThat(statement.get("citations")).isNotEmpty();
		assertThat(statement.get("citations").get(0).get("passage").asString()).isNotBlank();
		assertThat(statement.get("matched").valueStream().map(JsonNode::asString)).contains("strategy");
	}

}
