package io.execroles.comparison;

import java.util.List;

import io.execroles.SiteTest;
import io.execroles.content.DivergenceKind;
import io.execroles.role.CitedStatement;
import io.execroles.source.Note;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SiteTest
class ComparisonServiceTest {

	@Autowired
	ComparisonService comparisons;

	Comparison ctoVsCio() {
		return this.comparisons.compare(this.comparisons.resolve(List.of("cio", "cto")));
	}

	@Test
	void rolesComeInCanonicalOrderWhateverTheOrderAsked() {
		Comparison comparison = ctoVsCio();
		assertThat(comparison.path()).isEqualTo("/compare/cto-vs-cio");
		assertThat(comparison.roles()).extracting(r -> r.abbreviation()).containsExactly("CTO", "CIO");
	}

	@Test
	void reportingLineRowSetsCeoAgainstCfo() {
		ComparisonRow row = row(ctoVsCio(), "reporting-line");
		assertThat(row.kind()).isEqualTo(ComparisonRow.Kind.DIFFERS);
		assertThat(row.cells().get(0).statements()).extracting(CitedStatement::text)
			.singleElement()
			.asString()
			.contains("CEO");
		assertThat(row.cells().get(1).statements()).extracting(CitedStatement::text)
			.singleElement()
			.asString()
			.contains("CFO");
	}

	@Test
	void theRowsAreTheAspectsThatSetTheRolesApartAndTheRestAreLinesUnderThem() {
		Comparison comparison = ctoVsCio();
		assertThat(comparison.rows()).extracting(ComparisonRow::anchor)
			.containsExactly("focus", "reporting-line", "strategy", "qualities", "scope", "infrastructure",
					"vendors-and-providers", "outlook");
		assertThat(comparison.lines()).extracting(Comparison.Line::anchor)
			.containsExactly("standing", "history", "common-ground");
		// Links to the rows merged away still land on the row that holds them.
		assertThat(row(comparison, "focus").aliases()).contains("who-they-serve", "technology-horizon");
		assertThat(line(comparison, "standing").aliases()).contains("prevalence", "demands");
	}

	@Test
	void theVendorTensionKeepsBothClaimsWithTheirSources() {
		ComparisonRow row = row(ctoVsCio(), "vendors-and-providers");
		assertThat(row.divergences()).singleElement().satisfies(d -> {
			assertThat(d.kind()).isEqualTo(DivergenceKind.TENSION);
			assertThat(d.topic()).startsWith("on ");
			assertThat(d.notes()).extracting(Note::text)
				.anyMatch(p -> p.contains("works closely with various providers"))
				.anyMatch(p -> p.contains("Works closely with vendors"));
		});
		assertThat(row.cells()).allSatisfy(cell -> assertThat(cell.statements()).isNotEmpty());
	}

	@Test
	void whereEachArticleStressesADifferentRoleTheRowSaysSoAndDoesNotCallItAContradiction() {
		for (String anchor : new String[] { "qualities", "strategy" }) {
			assertThat(row(ctoVsCio(), anchor).divergences()).as(anchor)
				.singleElement()
				.satisfies(d -> assertThat(d.kind()).isEqualTo(DivergenceKind.EMPHASIS));
		}
	}

	@Test
	void aRowWithTwoNotesTellsThemApartByTheirTopics() {
		assertThat(row(ctoVsCio(), "focus").divergences()).hasSize(2)
			.extracting(ComparisonRow.Divergence::topic)
			.doesNotHaveDuplicates();
	}

	@Test
	void theFocusRowNamesTheTensionOverProductDevelopment() {
		assertThat(row(ctoVsCio(), "focus").divergences()).filteredOn(d -> d.anchor().equals("focus-note"))
			.singleElement()
			.satisfies(d -> {
				assertThat(d.kind()).isEqualTo(DivergenceKind.TENSION);
				assertThat(d.notes()).extracting(note -> note.passage().anchor())
					.contains("cio-providers", "cto-list-products");
			});
	}

	@Test
	void theFocusRowSetsNewAgainstExistingTechnology() {
		ComparisonRow row = row(ctoVsCio(), "focus");
		assertThat(row.cells().get(0).statements()).extracting(CitedStatement::text)
			.anyMatch(text -> text.contains("new technologies"))
			.noneMatch(text -> text.contains("existing IT infrastructure"));
		assertThat(row.cells().get(1).statements()).extracting(CitedStatement::text)
			.anyMatch(text -> text.contains("existing IT infrastructure"));
	}

	@Test
	void sharedGroundIsSaidOnceForBothRolesAndNotRepeatedInTheirCells() {
		Comparison comparison = ctoVsCio();
		assertThat(comparison.rows()).filteredOn(row -> !row.shared().isEmpty())
			.extracting(ComparisonRow::anchor)
			.contains("qualities", "strategy");
		ComparisonRow qualities = row(comparison, "qualities");
		assertThat(qualities.shared()).singleElement().satisfies(ground -> {
			assertThat(ground.label()).isEqualTo("Both");
			assertThat(ground.statements()).flatExtracting(CitedStatement::notes)
				.extracting(Note::text)
				.contains("Both roles require a deep understanding of technology and its implications for business.");
		});
		var shared = qualities.shared().get(0).statements().get(0).slug();
		assertThat(qualities.cells())
			.allSatisfy(cell -> assertThat(cell.statements()).extracting(CitedStatement::slug).doesNotContain(shared));
	}

	@Test
	void theLinesNameWhoHoldsEachStatementOnce() {
		Comparison.Line standing = line(ctoVsCio(), "standing");
		assertThat(standing.items()).extracting(Comparison.Line.Item::holders).contains("CTO", "CIO", "Both");
		assertThat(standing.items()).allSatisfy(item -> {
			assertThat(item.holders())
				.isEqualTo((item.heldBy().size() == 2) ? "Both" : item.heldBy().get(0).abbreviation());
			assertThat(item.statement().notes()).isNotEmpty();
		});
		assertThat(line(ctoVsCio(), "common-ground").items()).extracting(Comparison.Line.Item::holders)
			.containsOnly("Both");
	}

	@Test
	void everyRowIsLabelledByWhatItHolds() {
		assertLabelsAreHonest(ctoVsCio());
	}

	@Test
	void theViewOfDifferencesOnlyIsTheTableWithoutWhatTheRolesShareAndCountsWhatItLeavesOut() {
		var roles = this.comparisons.resolve(List.of("cto", "cio"));
		Comparison full = this.comparisons.compare(roles);
		Comparison differences = this.comparisons.compare(roles, true);
		assertThat(differences.rows()).extracting(ComparisonRow::kind)
			.containsExactlyElementsOf(full.rows().stream().map(ComparisonRow::kind).toList());
		assertThat(differences.tally()).isEqualTo(full.tally());
		assertThat(differences.lines()).isEmpty();
		assertThat(differences.glance().rows()).isEmpty();
		assertThat(differences.pictures().isEmpty()).isTrue();
		assertThat(differences.glance().lead()).isEqualTo(full.glance().lead());
		int sharedInRows = 0;
		for (int i = 0; i < full.rows().size(); i++) {
			ComparisonRow all = full.rows().get(i);
			ComparisonRow shown = differences.rows().get(i);
			assertThat(shown.shared()).isEmpty();
			assertThat(shown.divergences()).extracting(ComparisonRow.Divergence::anchor)
				.isEqualTo(all.divergences().stream().map(ComparisonRow.Divergence::anchor).toList());
			assertThat(shown.hiddenShared())
				.isEqualTo(all.shared().stream().mapToInt(ground -> ground.statements().size()).sum());
			sharedInRows += shown.hiddenShared();
		}
		int inLines = full.lines().stream().mapToInt(line -> line.items().size()).sum();
		assertThat(differences.hidden()).isEqualTo(sharedInRows + inLines);
		assertThat(differences.leftOut()).contains(differences.hidden() + " statements");
		// The page cites only what it shows.
		assertThat(differences.notes()).hasSizeLessThan(full.notes().size());
	}

	@Test
	void theGlanceSetsTheRolesSideBySideOnTheHeadlineAspectsEachGistCited() {
		Glance glance = ctoVsCio().glance();
		assertThat(glance.rows()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(glance.rows()).extracting(Glance.Row::anchor)
			.contains("focus", "strategy", "reporting-line", "qualities");
		assertThat(glance.rows()).extracting(Glance.Row::label).doesNotHaveDuplicates();
		assertThat(glance.rows()).allSatisfy(row -> assertThat(row.cells()).allSatisfy(cell -> {
			assertThat(cell.text()).isNotBlank();
			assertThat(cell.cite().notes()).isNotEmpty();
		}));
		assertThat(glance.lead().sentence()).startsWith("the CTO ").contains("; the CIO ").endsWith(".");
		assertThat(glance.lead().cite().notes()).isNotEmpty();
	}

	@Test
	void theReportingLinesAreDrawnFromTheGlanceWithTheirHedgeAndATextAlternative() {
		Pictures.ReportingLines drawing = this.comparisons.overview(this.comparisons.resolve(List.of("cto", "cio")))
			.pictures()
			.reportingLines();
		assertThat(drawing.lines()).extracting(Pictures.ReportingLines.Line::superior).containsExactly("CEO", "CFO");
		assertThat(drawing.lines()).extracting(Pictures.ReportingLines.Line::hedge).containsOnly("in many cases");
		assertThat(drawing.description()).contains("the CTO reports to the CEO").contains("the CIO reports to the CFO");
		assertThat(drawing.cite().notes()).isNotEmpty();
	}

	/**
	 * A row's kind agrees with what it holds: which roles have statements of their own,
	 * and which hold shared ground.
	 */
	static void assertLabelsAreHonest(Comparison comparison) {
		for (ComparisonRow row : comparison.rows()) {
			boolean allDescribed = row.cells()
				.stream()
				.allMatch(cell -> !cell.statements().isEmpty()
						|| row.shared().stream().anyMatch(ground -> ground.heldBy().contains(cell.role())));
			boolean anyShared = !row.shared().isEmpty();
			boolean anyOwn = row.cells().stream().anyMatch(cell -> !cell.statements().isEmpty());
			ComparisonRow.Kind expected = !allDescribed ? ComparisonRow.Kind.ONE_SIDED
					: !anyShared ? ComparisonRow.Kind.DIFFERS
							: anyOwn ? ComparisonRow.Kind.PARTLY_SHARED : ComparisonRow.Kind.SHARED;
			assertThat(row.kind()).as("kind of #%s", row.anchor()).isEqualTo(expected);
		}
		assertThat(comparison.tally()).startsWith(comparison.rows().size() + " aspects");
	}

	@Test
	void badRequestsAreRefusedWithTheRightStatus() {
		assertStatus(List.of("cto"), HttpStatus.BAD_REQUEST);
		assertStatus(List.of("cto", "cto"), HttpStatus.BAD_REQUEST);
		assertStatus(List.of("cto", "cio", "a", "b", "c"), HttpStatus.BAD_REQUEST);
		assertStatus(List.of("cto", "ceo"), HttpStatus.NOT_FOUND);
	}

	void assertStatus(List<String> slugs, HttpStatus status) {
		assertThatThrownBy(() -> this.comparisons.resolve(slugs)).isInstanceOfSatisfying(ResponseStatusException.class,
				e -> assertThat(e.getStatusCode()).isEqualTo(status));
	}

	static Comparison.Line line(Comparison comparison, String anchor) {
		return comparison.lines()
			.stream()
			.filter(l -> l.anchor().equals(anchor))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line #" + anchor));
	}

	static ComparisonRow row(Comparison comparison, String anchor) {
		return comparison.rows()
			.stream()
			.filter(r -> r.anchor().equals(anchor))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row #" + anchor));
	}

}
