package io.execroles.comparison;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.execroles.SiteTest;
import io.execroles.web.Pages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page, its JSON and its CSV come from one read model: the same statements with the
 * same citations.
 */
@SiteTest
class ComparisonFormatsTest {

	@Autowired
	MockMvcTester mvc;

	final JsonMapper json = JsonMapper.builder().build();

	JsonNode api(String path) throws Exception {
		return this.json.readTree(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

	List<CSVRecord> csv(String path) throws Exception {
		var result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// Marked as UTF-8 for spreadsheets, which otherwise guess another encoding.
		assertThat(body).startsWith("\uFEFF");
		return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(body.substring(1))).getRecords();
	}

	@Test
	void htmlJsonAndCsvCarryTheSameStatementsAndCitations() throws Exception {
		Document page = Pages.get(this.mvc, "/compare/cto-vs-cio");
		JsonNode api = api("/api/compare/cto-vs-cio");
		List<CSVRecord> csv = csv("/compare/cto-vs-cio.csv");

		assertThat(api.get("rows")).hasSize(page.select("table.comparison > tbody[id]").size());
		assertThat(api.get("lines")).hasSize(page.select("section.lines section.line").size());
		// A row per aspect of the table, then one per line under it.
		assertThat(csv).hasSize(api.get("rows").size() + api.get("lines").size());
		var listed = page.select("#sources q").eachText();
		for (int i = 0; i < api.get("rows").size(); i++) {
			JsonNode row = api.get("rows").get(i);
			String id = row.get("id").asString();
			var htmlRow = page.getElementById(id);
			CSVRecord record = csv.get(i);
			assertThat(record.get("Aspect")).isEqualTo(row.get("aspect").asString())
				.isEqualTo(htmlRow.selectFirst(".aspect-name").text());
			assertThat(record.get("Kind")).isEqualTo(row.get("label").asString())
				.isEqualTo(htmlRow.selectFirst(".tag-kind").text());
			Set<String> passages = new HashSet<>();
			var cells = htmlRow.select("td.cell");
			for (int column = 0; column < 2; column++) {
				String role = List.of("cto", "cio").get(column);
				for (JsonNode statement : row.get("cells").get(role)) {
					String text = statement.get("text").asString();
					assertThat(record.get(role.toUpperCase())).as("%s %s in CSV", id, role).contains(text);
					assertThat(cells.get(column).text()).as("%s %s in HTML", id, role).contains(text);
					statement.get("citations").forEach(c -> passages.add(c.get("passage").asString()));
				}
			}
			String sharedLines = htmlRow.select("tr.shared-line").text();
			for (JsonNode ground : row.get("shared")) {
				for (JsonNode statement : ground.get("statements")) {
					String text = statement.get("text").asString();
					assertThat(record.get("Shared")).as("%s shared in CSV", id).contains(text);
					assertThat(sharedLines).as("%s shared in HTML", id).contains(text);
					statement.get("citations").forEach(c -> passages.add(c.get("passage").asString()));
				}
			}
			for (String passage : passages) {
				assertThat(record.get("Sources")).as("%s source in CSV", id).contains(passage);
				assertThat(listed).as("%s source in HTML", id).contains(passage);
			}
		}
		for (int i = 0; i < api.get("lines").size(); i++) {
			JsonNode line = api.get("lines").get(i);
			CSVRecord record = csv.get(api.get("rows").size() + i);
			var htmlLine = page.getElementById(line.get("id").asString());
			assertThat(record.get("Aspect")).isEqualTo(line.get("aspect").asString())
				.isEqualTo(htmlLine.selectFirst("h3").text());
			for (JsonNode item : line.get("statements")) {
				String text = item.get("statements").get(0).get("text").asString();
				String column = (item.get("heldBy").size() == 1) ? item.get("heldBy").get(0).asString().toUpperCase()
						: "Shared";
				assertThat(record.get(column)).as("%s in the CSV's %s column", text, column).contains(text);
				assertThat(htmlLine.text()).contains(text);
			}
		}
	}

	@Test
	void theJsonCarriesTheGlanceAndEachRowsKind() throws Exception {
		JsonNode api = api("/api/compare/cto-vs-cio");
		assertThat(api.get("glance")).isNotEmpty();
		assertThat(api.get("glance").get(0).get("gists").get("cto").get("citations")).isNotEmpty();
		assertThat(api.get("rows").findValuesAsString("kind")).contains("DIFFERS", "PARTLY_SHARED");
		assertThat(api.get("lead").get("text").asString()).contains("the CTO ").contains("; the CIO ");
		assertThat(api.get("lead").get("citations")).isNotEmpty();
		assertThat(api.get("lines").findValuesAsString("id")).contains("common-ground");
	}

	@Test
	void aCsvCellCannotRunAsAFormula() {
		assertThat(ComparisonCsv.inert("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(ComparisonCsv.inert("@SUM(A1)")).startsWith("'");
		assertThat(ComparisonCsv.inert("Is focused on …")).isEqualTo("Is focused on …");
	}

	@Test
	void theJsonCitesEachStatementWithItsPassageAndALinkToIt() throws Exception {
		JsonNode citation = api("/api/compare/cto-vs-cio").get("rows")
			.get(0)
			.get("cells")
			.get("cto")
			.get(0)
			.get("citations")
			.get(0);
		assertThat(citation.get("url").asString()).startsWith("https://roles.example/sources/").contains("#");
		assertThat(citation.get("passage").asString()).isNotBlank();
		assertThat(citation.get("sourceTitle").asString()).isNotBlank();
	}

	@Test
	void theComparisonPageLinksToItsCsvAndItsJson() {
		Document page = Pages.get(this.mvc, "/compare/cto-vs-cio");
		assertThat(page.select(".toolbar a").eachAttr("href")).contains("/compare/cto-vs-cio.csv",
				"/api/compare/cto-vs-cio");
	}

	@Test
	void onlyDifferencesOffersItsSwitchAndKeepsTheCanonicalAddressAndRowAnchors() {
		Document all = Pages.get(this.mvc, "/compare/cto-vs-cio");
		Document differences = Pages.get(this.mvc, "/compare/cto-vs-cio?only=differences");
		assertThat(all.select(".toolbar a").eachAttr("href")).contains("/compare/cto-vs-cio?only=differences#aspects");
		assertThat(differences.select(".toolbar a").eachAttr("href")).contains("/compare/cto-vs-cio#aspects");
		assertThat(differences.select("link[rel=canonical]").attr("href"))
			.isEqualTo(all.select("link[rel=canonical]").attr("href"));
		assertThat(differences.select("table.comparison > tbody[id]").eachAttr("id"))
			.containsExactlyElementsOf(all.select("table.comparison > tbody[id]").eachAttr("id"));
		assertThat(differences.select("tr.shared-line ul")).isEmpty();
		assertThat(all.select("tr.shared-line ul")).isNotEmpty();
	}

	@Test
	void eachViewListsExactlyThePassagesItCites() {
		for (String path : List.of("/compare/cto-vs-cio", "/compare/cto-vs-cio?only=differences")) {
			Document page = Pages.get(this.mvc, path);
			Set<String> cited = new HashSet<>(page.select("main button.cite")
				.stream()
				.flatMap(cite -> Pages.passageHrefs(page, cite).stream())
				.toList());
			Set<String> listed = new HashSet<>(page.select("#sources li a").eachAttr("href"));
			assertThat(listed).as(path).isEqualTo(cited);
			assertThat(page.select("#sources li")).as(path).hasSize(cited.size());
		}
	}

	@Test
	void badRequestsToTheApiGetProblemDetails() throws Exception {
		for (var expected : List.of(List.of("/api/roles/nobody", "404"), List.of("/api/compare/cto-vs-nobody", "404"),
				List.of("/api/compare/cto", "400"), List.of("/api/compare/cto-vs-cto", "400"),
				List.of("/api/compare/a-vs-b-vs-c-vs-d-vs-e", "400"))) {
			var result = this.mvc.get().uri(expected.get(0)).exchange();
			assertThat(result).as(expected.get(0))
				.hasStatus(Integer.parseInt(expected.get(1)))
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			JsonNode problem = this.json.readTree(result.getResponse().getContentAsString());
			assertThat(problem.get("status").asInt()).isEqualTo(Integer.parseInt(expected.get(1)));
			assertThat(problem.get("detail").asString()).isNotBlank();
			assertThat(problem.get("instance").asString()).isEqualTo(expected.get(0));
		}
	}

	@Test
	void otherOrdersAndUnknownViewsAreRedirectedOrRefused() {
		assertThat(this.mvc.get().uri("/api/compare/cio-vs-cto")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/api/compare/cto-vs-cio");
		assertThat(this.mvc.get().uri("/compare/cio-vs-cto.csv")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/compare/cto-vs-cio.csv");
		assertThat(this.mvc.get().uri("/compare/cto-vs-cio?only=everything")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/compare/cto-vs-nobody.csv")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
