package io.execroles.role;

import java.util.Set;
import java.util.stream.Collectors;

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
class RoleControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void rolesPageLinksToEveryProfile() {
		Document page = Pages.get(this.mvc, "/roles");
		assertThat(page.select("h1").text()).isEqualTo("All roles");
		assertThat(page.select(".card a").eachAttr("href")).containsExactly("/roles/cto", "/roles/cio");
	}

	@Test
	void profileIsHeadedByTheFullTitleAndAbbreviation() {
		assertThat(Pages.get(this.mvc, "/roles/cto").select("h1").text()).isEqualTo("Chief Technology Officer (CTO)");
		assertThat(Pages.get(this.mvc, "/roles/cio").select("h1").text()).isEqualTo("Chief Information Officer (CIO)");
	}

	@Test
	void profileSectionsHaveStableAnchorsListedAtTheTop() {
		Document cto = Pages.get(this.mvc, "/roles/cto");
		for (String anchor : new String[] { "summary", "responsibilities", "key-attributes", "focus", "reporting-line",
				"history", "sources" }) {
			assertThat(cto.getElementById(anchor)).as("#%s", anchor).isNotNull();
		}
		assertThat(cto.select("nav.toc-wide a").eachAttr("href")).contains("#responsibilities", "#key-attributes",
				"#reporting-line", "#history");
		assertThat(cto.select("details.toc-narrow nav a").eachAttr("href"))
			.containsExactlyElementsOf(cto.select("nav.toc-wide a").eachAttr("href"));
		assertThat(cto.select("#reporting-line").text()).contains("CEO");
		assertThat(Pages.get(this.mvc, "/roles/cio").select("#reporting-line").text()).contains("CFO");
	}

	@Test
	void everyStatementCitesAPassageThatItsSourcePageCarries() {
		for (String role : new String[] { "cto", "cio" }) {
			Document profile = Pages.get(this.mvc, "/roles/" + role);
			var statements = profile.select(".statements > li");
			assertThat(statements).isNotEmpty();
			for (Element statement : statements) {
				assertThat(statement.select("button.cite")).as("citation of %s", statement.id()).hasSize(1);
				for (String href : Pages.passageHrefs(profile, statement.selectFirst("button.cite"))) {
					String[] target = href.split("#");
					assertThat(Pages.get(this.mvc, target[0]).getElementById(target[1])).as(href).isNotNull();
				}
			}
		}
	}

	@Test
	void aCitationOpensItsPassageInPlaceAndTheListOfSourcesHoldsItToo() {
		Document cto = Pages.get(this.mvc, "/roles/cto");
		Element ref = cto.selectFirst("#reporting-line button.cite");
		String passage = "In many cases, the CTO reports to the CEO, while the CIO reports to the CFO.";
		assertThat(Pages.preview(cto, ref).select("blockquote").text()).isEqualTo(passage);
		Element listed = cto.getElementById("note-" + ref.text());
		assertThat(listed.select("q").text()).isEqualTo(passage);
		assertThat(listed.closest("#sources")).isNotNull();
	}

	@Test
	void theListOfSourcesHoldsEachCitedPassageOnceUnderItsArticle() {
		Document cto = Pages.get(this.mvc, "/roles/cto");
		Set<String> cited = cto.select("main button.cite")
			.stream()
			.flatMap(cite -> Pages.passageHrefs(cto, cite).stream())
			.collect(Collectors.toSet());
		assertThat(cto.select("#sources li")).hasSize(cited.size());
		assertThat(cto.select("#sources .note-group h3 cite").eachText()).doesNotHaveDuplicates();
	}

	@Test
	void aFactBoxGivesTheRolesPositionOnTheHeadlineAspectsEachCited() {
		Document cto = Pages.get(this.mvc, "/roles/cto");
		var facts = cto.select(".infobox .fact");
		assertThat(facts).hasSizeGreaterThanOrEqualTo(4);
		assertThat(facts.select("dt").eachText()).contains("Reports to", "Financial aim");
		assertThat(cto.select(".infobox dt:contains(Reports to) + dd").text()).contains("CEO");
		assertThat(facts).allSatisfy(fact -> assertThat(fact.select("dd button.cite")).hasSize(1));
	}

	@Test
	void sharedStatementsNameTheOtherRoleAndDisputedOnesLinkToTheComparison() {
		Document cto = Pages.get(this.mvc, "/roles/cto");
		assertThat(cto.select("#key-attributes .tag-shared a").eachAttr("href")).contains("/roles/cio");
		assertThat(cto.select("a.tag-note").eachAttr("href")).as("each to its note")
			.contains("/compare/cto-vs-cio#"
					+ TestContent.documents().aspects().get("vendors-and-providers").notes().get(0).id());
	}

	@Test
	void profileLinksToItsComparisons() {
		assertThat(Pages.get(this.mvc, "/roles/cto").select(".infobox-actions a").eachAttr("href"))
			.containsExactly("/compare/cto-vs-cio");
		assertThat(Pages.get(this.mvc, "/roles/cio").select(".infobox-actions a").eachAttr("href"))
			.containsExactly("/compare/cto-vs-cio");
	}

	@Test
	void anUpperCaseSlugRedirectsPermanentlyToTheLowerCaseAddress() {
		assertThat(this.mvc.get().uri("/roles/CTO")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/roles/cto");
	}

	@Test
	void anUnknownRoleAnswers404WithLinksToTheRoles() {
		var result = this.mvc.get().uri("/roles/chief-happiness-officer").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		Document page = Pages.parse(result, "/roles/chief-happiness-officer");
		assertThat(page.select("header.site-header")).isNotEmpty();
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("main a").eachAttr("href")).contains("/roles/cto", "/roles/cio");
	}

}
