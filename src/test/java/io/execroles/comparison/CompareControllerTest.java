package io.execroles.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.execroles.SiteTest;
import io.execroles.TestContent;
import io.execroles.content.DivergenceKind;
import io.execroles.web.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class CompareControllerTest {

	private static final Pattern TALLY = Pattern
		.compile("(\\d+) (differ|partly shared|fully shared|describe one role " + "only|leave a role undescribed)");

	@Autowired
	MockMvcTester mvc;

	Document ctoVsCio() {
		return Pages.get(this.mvc, "/compare/cto-vs-cio");
	}

	@Test
	void theTopSaysTheMainDifferenceInOneSentenceAndAtAGlanceEachCited() {
		Document page = ctoVsCio();
		Element lede = page.selectFirst(".page-head .lede");
		assertThat(lede.text()).startsWith("The CTO ").contains("; the CIO ");
		assertThat(lede.select("button.ref")).isNotEmpty();
		Element glance = page.selectFirst("section.glance");
		assertThat(glance.select("thead th .abbr").eachText()).containsExactly("CTO", "CIO");
		var rows = glance.select("tbody tr");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
		for (Element row : rows) {
			String href = row.selectFirst("th a").attr("href");
			assertThat(href).startsWith("/compare/cto-vs-cio#");
			assertThat(page.getElementById(href.substring(href.indexOf('#') + 1))).as(href).isNotNull();
			assertThat(row.select("td")).hasSize(2).allSatisfy(cell -> {
				assertThat(cell.select(".gist").text()).isNotBlank();
				assertThat(cell.select("button.ref")).isNotEmpty();
			});
		}
	}

	@Test
	void theTableHasACaptionAColumnPerRoleAndARowGroupPerAspect() {
		Element table = ctoVsCio().selectFirst("table.comparison");
		assertThat(table.select("caption").text()).contains("16 aspects");
		assertThat(table.select("thead th .abbr").eachText()).containsExactly("CTO", "CIO");
		var aspects = table.select("tbody[id]");
		assertThat(aspects).extracting(Element::id)
			.contains("focus", "who-they-serve", "financial-aim", "reporting-line", "qualities",
					"vendors-and-providers", "history");
		for (Element aspect : aspects) {
			assertThat(aspect.select("th[scope=rowgroup]")).hasSize(1);
			assertThat(aspect.select("th a.anchor-link").attr("href")).isEqualTo("#" + aspect.id());
			int rows = aspect.select("tr").size();
			assertThat(aspect.selectFirst("th[scope=rowgroup]").attr("rowspan")).isEqualTo(String.valueOf(rows));
		}
	}

	@Test
	void eachCellHoldsTheRolesStatementsWhoseCitationsOpenTheirPassageInPlace() {
		Document page = ctoVsCio();
		var cells = page.getElementById("reporting-line").select("td.cell");
		assertThat(cells).hasSize(2);
		assertThat(cells.get(0).text()).contains("CEO");
		assertThat(cells.get(1).text()).contains("CFO");
		for (Element ref : cells.select("button.ref")) {
			Element preview = page.getElementById(ref.attr("popovertarget"));
			assertThat(preview).as("preview of %s", ref.attr("popovertarget")).isNotNull();
			assertThat(preview.hasAttr("popover")).isTrue();
			assertThat(preview.select("blockquote").text())
				.isEqualTo("In many cases, the CTO reports to the CEO, while the CIO reports to the CFO.");
			assertThat(preview.select("a").attr("href"))
				.isEqualTo("/sources/difference-between-cto-and-cio#reporting-lines");
			assertThat(ref.attr("aria-label")).startsWith("Source " + ref.text());
		}
	}

	@Test
	void aStatementTheRolesShareStandsOnceAcrossTheirColumns() {
		Document page = ctoVsCio();
		Element qualities = page.getElementById("qualities");
		String shared = "Requires a deep understanding of technology and its implications for business.";
		assertThat(qualities.select("tr.shared-line td[colspan=2]").text()).startsWith("Both").contains(shared);
		assertThat(page.select("main").text().split(Pattern.quote(shared), -1)).as("said once on the page").hasSize(2);
	}

	@Test
	void whereTheSourcesDivergeTheKindIsNamedAndThePassagesAreQuoted() {
		Element row = ctoVsCio().getElementById("vendors-and-providers");
		var document = TestContent.documents().aspects().get("vendors-and-providers").notes().get(0);
		String name = DivergenceKind.valueOf(document.kind().toUpperCase(java.util.Locale.ROOT)).label();
		assertThat(row.select(".tag-diverge").text()).as("the row's tag names the kind").isEqualTo(name);
		Element note = row.selectFirst("tr.divergence-line");
		assertThat(note.id()).isEqualTo(document.id());
		assertThat(note.select(".divergence-note strong").text()).as("the note names it the same way")
			.isEqualTo(name + ".");
		assertThat(note.select(".passages q").eachText())
			.anyMatch(q -> q.contains("works closely with various providers"))
			.anyMatch(q -> q.contains("Works closely with vendors"));
		assertThat(note.select(".passages a").eachAttr("href")).allMatch(h -> h.startsWith("/sources/"));
		assertThat(ctoVsCio().select("#keeping-current .tag-diverge").text())
			.isEqualTo(DivergenceKind.EMPHASIS.label());
	}

	@Test
	void theLabelsTheCountsAndTheNotesAgreeInBothViews() {
		assertThePageAgreesWithItself(this.mvc, "/compare/cto-vs-cio");
	}

	@Test
	void theSharedGroundLinksToItsRows() {
		Element common = ctoVsCio().getElementById("common-ground");
		assertThat(common.select("a").eachAttr("href")).contains("/compare/cto-vs-cio#qualities",
				"/compare/cto-vs-cio#strategy");
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
		assertThat(this.mvc.get().uri("/compare?roles=cio&roles=cto&action=compare")).hasStatus(HttpStatus.SEE_OTHER)
			.hasRedirectedUrl("/compare/cto-vs-cio");
		Document picker = Pages.get(this.mvc, "/compare");
		assertThat(picker.select("form.picker input[name=roles]")).hasSize(2);
		assertThat(picker.select("form.picker .problem")).isEmpty();
	}

	@Test
	void withTooFewRolesTickedThePickerAnswersAgainKeepingTheChoiceAndSayingWhy() {
		for (String query : new String[] { "?roles=cto&action=compare", "?action=compare", "?roles=cto" }) {
			var result = this.mvc.get().uri("/compare" + query).exchange();
			assertThat(result).as(query).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			Document page = Pages.parse(result, "/compare" + query);
			Element form = page.selectFirst("main form.picker");
			assertThat(form).as(query).isNotNull();
			Element problem = form.selectFirst("#picker-problem");
			assertThat(problem.text()).as(query).containsIgnoringCase("choose");
			assertThat(form.selectFirst("fieldset").attr("aria-describedby")).isEqualTo("picker-problem");
			assertThat(form.select("input[checked]").eachAttr("value"))
				.containsExactlyElementsOf(query.contains("roles=cto") ? List.of("cto") : List.of());
			assertThat(page.title()).startsWith("Error:");
		}
	}

	@Test
	void oneRoleTheSameRoleTwiceOrMoreThanFourInTheAddressAnswer400() {
		for (String path : new String[] { "/compare/cto", "/compare/cto-vs-cto",
				"/compare/cto-vs-cio-vs-a-vs-b-vs-c" }) {
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

	/**
	 * What the page says of its rows holds in the full view and in the view of
	 * differences only: the caption's counts are the rows' labels, a role is said to be
	 * undescribed only on a row labelled so, and in neither view where it shares ground.
	 */
	static void assertThePageAgreesWithItself(MockMvcTester mvc, String path) {
		Document full = Pages.get(mvc, path);
		Document differences = Pages.get(mvc, path + "?only=differences");
		List<String> undescribed = undescribed(full);
		assertThat(undescribed(differences)).as("roles said to be undescribed in either view").isEqualTo(undescribed);
		for (Document page : List.of(full, differences)) {
			var aspects = page.select("table.comparison > tbody");
			var counted = new ArrayList<String>();
			Matcher tally = TALLY.matcher(page.selectFirst("table.comparison caption").text());
			int total = 0;
			while (tally.find()) {
				total += Integer.parseInt(tally.group(1));
				counted.add(tally.group(2));
			}
			assertThat(total).as("the caption counts every row").isEqualTo(aspects.size());
			for (Element aspect : aspects) {
				boolean oneSided = aspect.hasClass("kind-one-sided");
				String label = aspect.selectFirst(".tag-kind").text();
				assertThat(oneSided).as("#%s labelled %s", aspect.id(), label).isEqualTo(label.endsWith(" only"));
				assertThat(aspect.select("td p.none:contains(say nothing)").isEmpty()).as("#%s", aspect.id())
					.isEqualTo(!oneSided);
			}
			assertThat(aspects.stream().map(a -> a.className()).toList()).as("the same kinds in both views")
				.isEqualTo(full.select("table.comparison > tbody").stream().map(a -> a.className()).toList());
		}
		assertThat(differences.select("tr.shared-line td:not(.hidden-note) ul")).as("no shared ground shown").isEmpty();
	}

	private static List<String> undescribed(Document page) {
		return page.select("table.comparison td p.none:contains(say nothing)")
			.stream()
			.map(note -> note.closest("tbody").id() + ": " + note.text())
			.toList();
	}

}
