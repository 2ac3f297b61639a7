package io.execroles.comparison;

import io.execroles.web.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class CompareControllerTest {

	@Autowired
	MockMvcTester mvc;

	Document ctoVsCio() {
		return Pages.get(this.mvc, "/compare/cto-vs-cio");
	}

	@Test
	void theTableHasACaptionAColumnPerRoleAndARowPerAspect() {
		Element table = ctoVsCio().selectFirst("table.comparison");
		assertThat(table.select("caption").text()).startsWith("CTO vs CIO");
		assertThat(table.select("thead th")).extracting(Element::text)
			.containsExactly("Aspect", "CTO Chief Technology Officer", "CIO Chief Information Officer");
		var rows = table.select("tbody tr[id]");
		assertThat(rows).extracting(Element::id)
			.contains("focus", "who-they-serve", "financial-aim", "reporting-line", "qualities",
					"vendors-and-providers", "history");
		for (Element row : rows) {
			assertThat(row.select("th[scope=row]")).hasSize(1);
			assertThat(row.select("th a.anchor-link").attr("href")).isEqualTo("#" + row.id());
		}
	}

	@Test
	void eachCellHoldsTheRolesStatementsWithTheirCitations() {
		Element row = ctoVsCio().getElementById("reporting-line");
		var cells = row.select("td");
		assertThat(cells).hasSize(2);
		assertThat(cells.get(0).text()).contains("CEO");
		assertThat(cells.get(1).text()).contains("CFO");
		assertThat(cells.select("a.ref-link").eachAttr("href"))
			.allMatch(href -> href.equals("/sources/difference-between-cto-and-cio#reporting-lines"));
	}

	@Test
	void rowsAreMarkedAsDifferenceOrCommonGround() {
		Document page = ctoVsCio();
		assertThat(page.select("#financial-aim .tag-differs")).hasSize(1);
		assertThat(page.select("#financial-aim th .tag-shared")).isEmpty();
		assertThat(page.select("#qualities th .tag-shared")).hasSize(1);
	}

	@Test
	void whereTheSourcesDivergeTheKindIsNamedAndBothClaimsAreShownWithTheirSources() {
		Document page = ctoVsCio();
		Element row = page.getElementById("vendors-and-providers");
		assertThat(row.select(".tag-disagree").text()).isEqualTo("Sources in tension");
		Element disagreement = row.nextElementSibling();
		assertThat(disagreement.hasClass("disagreement")).isTrue();
		assertThat(disagreement.select(".conflict q").eachText())
			.anyMatch(q -> q.contains("works closely with various providers"))
			.anyMatch(q -> q.contains("Works closely with vendors"));
		assertThat(disagreement.select(".conflict a").eachAttr("href")).allMatch(h -> h.startsWith("/sources/"));
	}

	@Test
	void belowTheTableWhatTheRolesHaveInCommonLinksBackToItsRows() {
		Element common = ctoVsCio().getElementById("common-ground");
		assertThat(common.text()).contains("deep understanding of technology");
		assertThat(common.select("dt a").eachAttr("href")).contains("#qualities", "#strategy");
	}

	@Test
	void theOtherOrderRedirectsPermanentlyToTheCanonicalComparison() {
		assertThat(this.mvc.get().uri("/compare/cio-vs-cto")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/compare/cto-vs-cio");
		assertThat(this.mvc.get().uri("/compare/CTO-vs-CIO")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/compare/cto-vs-cio");
	}

	@Test
	void thePickerSendsTheBrowserToTheCanonicalComparison() {
		assertThat(this.mvc.get().uri("/compare?roles=cio&roles=cto")).hasStatus(HttpStatus.SEE_OTHER)
			.hasRedirectedUrl("/compare/cto-vs-cio");
		Document picker = Pages.get(this.mvc, "/compare");
		assertThat(picker.select("form.picker input[name=roles]")).hasSize(2);
	}

	@Test
	void oneRoleTheSameRoleTwiceOrMoreThanFourAnswer400() {
		for (String path : new String[] { "/compare/cto", "/compare/cto-vs-cto", "/compare/cto-vs-cio-vs-a-vs-b-vs-c",
				"/compare?roles=cto" }) {
			var result = this.mvc.get().uri(path).exchange();
			assertThat(result).as(path).hasStatus(HttpStatus.BAD_REQUEST);
			Document page = Pages.parse(result, path);
			assertThat(page.select("main a").eachAttr("href")).as(path).contains("/roles/cto");
			assertThat(page.select(".lede").text()).as(path).isNotBlank();
		}
	}

	@Test
	void aComparisonNamingAnUnknownRoleAnswers404() {
		var result = this.mvc.get().uri("/compare/cto-vs-ceo").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Pages.parse(result, "/compare/cto-vs-ceo").select(".lede").text()).contains("ceo");
	}

}
