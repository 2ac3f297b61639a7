package io.execroles.comparison;

import java.util.List;

import io.execroles.role.CitedStatement;
import io.execroles.web.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role added only as documents, as an editor adds one (see {@link ThirdRoleContent}),
 * takes part in comparisons like the others.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ThirdRoleComparisonTest {

	@Autowired
	MockMvcTester mvc;

	@DynamicPropertySource
	static void contentWithAThirdRole(DynamicPropertyRegistry registry) {
		registry.add("executive-roles.content.location", () -> ThirdRoleContent.write().toUri().toString());
	}

	@Autowired
	ComparisonService comparisons;

	@Test
	void aThreeWayComparisonLinesUpAllThreeRoles() {
		Comparison comparison = this.comparisons.compare(this.comparisons.resolve(List.of("cfo", "cto", "cio")));

		assertThat(comparison.path()).isEqualTo("/compare/cto-vs-cio-vs-cfo");
		ComparisonRow reporting = ComparisonServiceTest.row(comparison, "reporting-line");
		assertThat(reporting.cells()).hasSize(3);
		assertThat(reporting.cells().get(2).statements()).extracting(CitedStatement::slug)
			.containsExactly("cfo-receives-cio-reports");
		assertThat(ComparisonServiceTest.line(comparison, "standing").items())
			.filteredOn(item -> item.statement().slug().equals("both-most-important"))
			.singleElement()
			.satisfies(item -> assertThat(item.holders()).isEqualTo("All three"));
	}

	@Test
	void aStatementTwoOfThreeRolesHoldIsSaidOnceForThoseTwo() {
		Comparison comparison = this.comparisons.compare(this.comparisons.resolve(List.of("cto", "cio", "cfo")));
		ComparisonRow qualities = ComparisonServiceTest.row(comparison, "qualities");
		assertThat(qualities.shared()).singleElement().satisfies(ground -> {
			assertThat(ground.byAll()).isFalse();
			assertThat(ground.label()).isEqualTo("CTO and CIO");
			assertThat(ground.statements()).extracting(CitedStatement::slug).contains("both-understand-technology");
		});
		assertThat(qualities.cells()).allSatisfy(cell -> assertThat(cell.statements()).extracting(CitedStatement::slug)
			.doesNotContain("both-understand-technology"));
		assertThat(qualities.kind()).as("the CFO is not described on qualities")
			.isEqualTo(ComparisonRow.Kind.ONE_SIDED);
		assertThat(qualities.label()).isEqualTo("CTO and CIO only");
	}

	@Test
	void everyRowOfAThreeWayComparisonIsLabelledByWhatItHolds() {
		Comparison comparison = this.comparisons.compare(this.comparisons.resolve(List.of("cto", "cio", "cfo")));
		ComparisonServiceTest.assertLabelsAreHonest(comparison);
		assertThat(ComparisonServiceTest.row(comparison, "test-agreement").kind()).isEqualTo(ComparisonRow.Kind.SHARED);
	}

	@Test
	void theThreeWayPageAgreesWithItselfInBothViews() {
		CompareControllerTest.assertThePageAgreesWithItself(this.mvc, "/compare/cto-vs-cio-vs-cfo");
	}

	@Test
	void theThreeWayPageItsJsonAndItsCsvLineUpAllThreeRoles() throws Exception {
		Document page = Pages.get(this.mvc, "/compare/cto-vs-cio-vs-cfo");
		assertThat(page.select("table.comparison thead th a .abbr").eachText()).containsExactly("CTO", "CIO", "CFO");
		assertThat(page.select("#reporting-line td.cell")).hasSize(3);

		String json = this.mvc.get()
			.uri("/api/compare/cto-vs-cio-vs-cfo")
			.exchange()
			.getResponse()
			.getContentAsString();
		var api = JsonMapper.builder().build().readTree(json);
		assertThat(api.get("roles").findValuesAsString("slug")).containsExactly("cto", "cio", "cfo");

		String csv = this.mvc.get().uri("/compare/cto-vs-cio-vs-cfo.csv").exchange().getResponse().getContentAsString();
		// Marked as UTF-8 for spreadsheets, which otherwise guess another encoding.
		assertThat(csv).startsWith("\uFEFF");
		assertThat(csv.substring(1).lines().findFirst())
			.hasValue("Aspect,Kind,CTO,CIO,CFO,Shared,Where the sources diverge,Sources");
		assertThat(csv).contains("In many cases the CIO reports to the CFO.");
	}

	@Test
	void onlyDifferencesLeavesOutTheRowWhereAllThreeAgreeAndALinkToItLandsOnTheSentenceSayingSo() {
		Document all = Pages.get(this.mvc, "/compare/cto-vs-cio-vs-cfo");
		Document differences = Pages.get(this.mvc, "/compare/cto-vs-cio-vs-cfo?only=differences");
		assertThat(all.select("#test-agreement").text()).contains("here to stay");
		assertThat(differences.select("main").text()).doesNotContain("here to stay");
		Element landing = differences.getElementById("test-agreement").parent();
		assertThat(landing.hasClass("view-note")).isTrue();
		assertThat(landing.text()).contains("left out of this view");
		assertThat(landing.select("a").eachAttr("href")).contains("/compare/cto-vs-cio-vs-cfo");
		assertThat(differences.select("#reporting-line").text()).contains("CFO");
	}

	@Test
	void fiveRolesAreTooManyAndARepeatedRoleIsRefused() {
		assertThat(this.mvc.get().uri("/compare/cto-vs-cio-vs-cfo-vs-ceo-vs-coo")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("names 5");
		assertThat(this.mvc.get().uri("/compare?roles=cto&roles=cio&roles=cfo&roles=ceo&roles=coo"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("you chose 5");
		assertThat(this.mvc.get().uri("/compare/cto-vs-cio-vs-cfo-vs-cto")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("repeats");
		assertThat(this.mvc.get().uri("/compare?roles=cto&roles=cio&roles=cfo")).hasStatus(HttpStatus.SEE_OTHER)
			.hasRedirectedUrl("/compare/cto-vs-cio-vs-cfo");
	}

}
