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
	void theTopSaysTheMainDifferenceInOneSentenceWhatItRestsOnAndAtAGlanceEachCited() {
		Document page = ctoVsCio();
		Element lead = page.getElementById("lead");
		assertThat(lead.text()).contains("the CTO ").contains("; the CIO ");
		assertThat(lead.select("button.cite")).hasSize(1);
		for (Element caveat : page.select(".comparison-head .caveat a")) {
			String href = caveat.attr("href");
			assertThat(page.getElementById(href.substring(href.indexOf('#') + 1))).as(href).isNotNull();
		}
		assertThat(page.selectFirst(".comparison-head .evidence").text())
			.contains("two web articles whose authors and dates are not known");
		assertThat(page.select(".comparison-head .evidence a").attr("href")).isEqualTo("/about");
		Element glance = page.selectFirst("section.glance");
		assertThat(glance.select("thead th .abbr").eachText()).containsExactly("CTO", "CIO");
		var rows = glance.select("tbody tr");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
		assertThat(rows.eachText()).doesNotHaveDuplicates();
		for (Element row : rows) {
			String href = row.selectFirst("th a").attr("href");
			assertThat(href).startsWith("/compare/cto-vs-cio#");
			assertThat(page.getElementById(href.substring(href.indexOf('#') + 1))).as(href).isNotNull();
			assertThat(row.select("td")).hasSize(2).allSatisfy(cell -> {
				assertThat(cell.select(".gist").text()).isNotBlank();
				assertThat(cell.select("button.cite")).hasSize(1);
			});
		}
	}

	@Test
	void theReportingLinesAreDrawnWithTheirHedgeATextAlternativeAndTheirCitation() {
		Element figure = ctoVsCio().selectFirst("#pictures figure:has(svg.reporting-lines)");
		Element svg = figure.selectFirst("svg");
		assertThat(svg.attr("role")).isEqualTo("img");
		String title = svg.selectFirst("title").text();
		assertThat(svg.attr("aria-labelledby")).isEqualTo(svg.selectFirst("title").id());
		assertThat(title).contains("In many cases, the CTO reports to the CEO")
			.contains("in many cases, the CIO reports to the CFO");
		assertThat(svg.select("text").eachText()).contains("CEO", "CFO", "CTO", "CIO", "in many cases");
		assertThat(figure.select("figcaption button.cite")).hasSize(1);
	}

	@Test
	void theTableHasACaptionAColumnPerRoleAndARowGroupPerAspect() {
		Document page = ctoVsCio();
		Element table = page.selectFirst("table.comparison");
		var aspects = table.select("tbody[id]");
		assertThat(table.select("caption").text()).contains(aspects.size() + " aspects");
		assertThat(table.select("thead th .abbr").eachText()).containsExactly("CTO", "CIO");
		var documents = TestContent.documents().aspects();
		assertThat(aspects).extracting(Element::id)
			.containsExactlyInAnyOrderElementsOf(documents.entrySet()
				.stream()
				.filter(e -> !"line".equals(e.getValue().layout()))
				.map(java.util.Map.Entry::getKey)
				.toList());
		for (Element aspect : aspects) {
			Element head = aspect.selectFirst("th[scope=rowgroup]");
			assertThat(head.attr("colspan")).isEqualTo("2");
			assertThat(head.select("a.aspect-name").attr("href")).isEqualTo("#" + aspect.id());
		}
		// Links to rows since merged into others still land on a row or a line.
		documents.values()
			.stream()
			.flatMap(aspect -> (aspect.formerly() == null) ? java.util.stream.Stream.of() : aspect.formerly().stream())
			.forEach(alias -> assertThat(page.getElementById(alias)).as("#" + alias).isNotNull());
	}

	@Test
	void eachCellHoldsTheRolesStatementsWhoseCitationsOpenTheirPassageInPlace() {
		Document page = ctoVsCio();
		var cells = page.getElementById("reporting-line").select("td.cell");
		assertThat(cells).hasSize(2);
		assertThat(cells.get(0).text()).contains("CEO");
		assertThat(cells.get(1).text()).contains("CFO");
		assertThat(cells.select("button.cite")).hasSize(2);
		for (Element ref : cells.select("button.cite")) {
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
	void whereTheSourcesDivergeANoteUnderTheAspectNamesTheKindAndTopicAndQuotesThePassages() {
		Document page = ctoVsCio();
		Element row = page.getElementById("vendors-and-providers");
		var document = TestContent.documents().aspects().get("vendors-and-providers").notes().get(0);
		String name = DivergenceKind.valueOf(document.kind().toUpperCase(java.util.Locale.ROOT)).label();
		Element note = row.selectFirst("details.note");
		assertThat(note.hasAttr("open")).as("folded until opened").isFalse();
		assertThat(note.selectFirst("summary").text()).isEqualTo("◆ " + name + " " + document.topic());
		assertThat(note.selectFirst(".note-body").id()).isEqualTo(document.id());
		assertThat(note.select(".note-text").text()).startsWith(document.text());
		assertThat(note.select(".passages q").eachText())
			.anyMatch(q -> q.contains("works closely with various providers"))
			.anyMatch(q -> q.contains("Works closely with vendors"));
		assertThat(note.select(".passages a").eachAttr("href")).allMatch(h -> h.startsWith("/sources/"));
		assertThat(page.select("#qualities details.note summary").text())
			.startsWith("◆ " + DivergenceKind.EMPHASIS.label());
	}

	@Test
	void theLegendExplainsEveryLabelThePageShows() {
		Document page = ctoVsCio();
		var legend = page.select("#legend dt").eachText();
		page.select("table.comparison .tag-kind").eachText().forEach(label -> assertThat(legend).contains(label));
		page.select("details.note summary")
			.forEach(summary -> assertThat(legend).anyMatch(entry -> summary.text().startsWith(entry)));
	}

	@Test
	void theLabelsTheCountsAndTheNotesAgreeInBothViews() {
		assertThePageAgreesWithItself(this.mvc, "/compare/cto-vs-cio");
	}

	@Test
	void whatGivesNothingToChooseByIsSaidInLinesUnderTheTableAndLeftOutOfTheDifferences() {
		Document page = ctoVsCio();
		var documents = TestContent.documents().aspects();
		var lines = page.select("section.lines section.line");
		assertThat(lines).extracting(Element::id)
			.containsExactlyInAnyOrderElementsOf(documents.entrySet()
				.stream()
				.filter(e -> "line".equals(e.getValue().layout()))
				.map(java.util.Map.Entry::getKey)
				.toList());
		for (Element line : lines) {
			assertThat(line.select("li")).hasSize(documents.get(line.id()).statements().size()).allSatisfy(item -> {
				assertThat(item.selectFirst(".holders").text()).isIn("CTO", "CIO", "Both");
				assertThat(item.select("button.cite")).hasSize(1);
			});
		}
		Document differences = Pages.get(this.mvc, "/compare/cto-vs-cio?only=differences");
		assertThat(differences.select("section.lines")).isEmpty();
		assertThat(differences.select("section.glance, #pictures")).isEmpty();
		assertThat(differences.selectFirst(".view-note").text()).contains("left out of this view");
		assertThat(differences.getElementById("lead")).isNotNull();
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
			for (Element aspect : aspects) {
				assertThat(aspect.className()).as("the kind of #%s in both views", aspect.id())
					.isEqualTo(full.getElementById(aspect.id()).className());
			}
		}
		assertThat(differences.select("tr.shared-line")).as("no shared ground shown").isEmpty();
	}

	private static List<String> undescribed(Document page) {
		return page.select("table.comparison td p.none:contains(say nothing)")
			.stream()
			.map(note -> note.closest("tbody").id() + ": " + note.text())
			.toList();
	}

}
