package io.execroles.search;

import java.util.List;

import io.execroles.web.Pages;
import org.assertj.core.groups.Tuple;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class SearchControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void findsStatementsOfEveryRoleAndPassagesWithTheWordsHighlighted() {
		Document page = Pages.get(this.mvc, "/search?q=Reports");
		var hits = page.select("ol.hits > li");
		assertThat(hits).isNotEmpty();
		for (Element hit : hits) {
			assertThat(hit.select("mark").eachText()).isNotEmpty()
				.allSatisfy(mark -> assertThat(mark).isEqualToIgnoringCase("reports"));
		}
		assertThat(page.select("ol.hits a").eachAttr("href")).contains("/roles/cto#cto-reports-to-ceo",
				"/roles/cio#cio-reports-to-cfo", "/sources/difference-between-cto-and-cio#reporting-lines");
		assertThat(page.select(".hit-where").eachText()).anyMatch(w -> w.contains("CTO profile"))
			.anyMatch(w -> w.contains("CIO profile"))
			.anyMatch(w -> w.contains("Difference between CTO and CIO"));
	}

	@Test
	void everyWordMustMatch() {
		Document page = Pages.get(this.mvc, "/search?q=reports+CFO");
		assertThat(page.select("ol.hits a").eachText()).isNotEmpty().allMatch(text -> text.contains("CFO"));
	}

	@Test
	void anEmptyOrAbsurdQueryGetsAdviceNotAnError() {
		assertThat(Pages.get(this.mvc, "/search").select(".lede").text()).contains("Type a word");
		assertThat(Pages.get(this.mvc, "/search?q=   ").select(".lede").text()).contains("Type a word");
		assertThat(Pages.get(this.mvc, "/search?q=!!!").select(".lede").text()).contains("two letters");
		assertThat(Pages.get(this.mvc, "/search?q=" + "x".repeat(500)).select(".lede").text()).contains("longer");
		assertThat(Pages.get(this.mvc, "/search?q=zebra").select(".lede").text()).contains("Nothing");
	}

	@Test
	void queriesAndResultsAreEscaped() throws Exception {
		String html = this.mvc.get()
			.uri("/search?q={q}", "<script>alert(1)</script>")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
	}

	@Test
	void highlightingMarksEveryOccurrenceAndMergesOverlaps() {
		assertThat(SearchService.highlight("Technology and technologies", List.of("techno", "ology")))
			.extracting(SearchResults.Segment::text, SearchResults.Segment::matched)
			.containsExactly(Tuple.tuple("Technology", true), Tuple.tuple(" and ", false), Tuple.tuple("techno", true),
					Tuple.tuple("logies", false));
	}

}
