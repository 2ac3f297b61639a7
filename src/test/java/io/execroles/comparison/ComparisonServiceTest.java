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
	void theRowsCoverWhatTheRolesAreComparedOn() {
		assertThat(ctoVsCio().rows()).extracting(ComparisonRow::anchor)
			.contains("focus", "who-they-serve", "financial-aim", "reporting-line", "qualities", "technology-horizon",
					"vendors-and-providers", "scope", "history");
	}

	@Test
	void theVendorTensionKeepsBothClaimsWithTheirSources() {
		ComparisonRow row = row(ctoVsCio(), "vendors-and-providers");
		assertThat(row.divergences()).singleElement().satisfies(d -> {
			assertThat(d.kind()).isEqualTo(DivergenceKind.TENSION);
			assertThat(d.notes()).extracting(Note::text)
				.anyMatch(p -> p.contains("works closely with various providers"))
				.anyMatch(p -> p.contains("Works closely with vendors"));
		});
		assertThat(row.cells()).allSatisfy(cell -> assertThat(cell.statements()).isNotEmpty());
	}

	@Test
	void whereEachArticleStressesADifferentRoleTheRowSaysSoAndDoesNotCallItAContradiction() {
		Comparison comparison = ctoVsCio();
		for (String anchor : new String[] { "keeping-current", "strategy" }) {
			assertThat(row(comparison, anchor).divergences()).as(anchor)
				.singleElement()
				.satisfies(d -> assertThat(d.kind()).isEqualTo(DivergenceKind.EMPHASIS));
		}
	}

	@Test
	void theFocusRowNamesTheTensionOverProductDevelopment() {
		assertThat(row(ctoVsCio(), "focus").divergences()).singleElement().satisfies(d -> {
			assertThat(d.kind()).isEqualTo(DivergenceKind.TENSION);
			assertThat(d.notes()).extracting(note -> note.passage().anchor())
				.contains("cio-providers", "cto-list-products");
		});
	}

	@Test
	void theTechnologyHorizonRowSetsNewAgainstExistingTechnologyAndNothingElse() {
		ComparisonRow row = row(ctoVsCio(), "technology-horizon");
		assertThat(row.cells().get(0).statements()).extracting(CitedStatement::text)
			.allMatch(text -> text.contains("new technologies"));
		assertThat(row.cells().get(1).statements()).extracting(CitedStatement::text)
			.allMatch(text -> text.contains("existing IT infrastructure"));
	}

	@Test
	void sharedGroundIsSaidOnceForBothRolesAndNotRepeatedInTheirCells() {
		Comparison comparison = ctoVsCio();
		assertThat(comparison.sharedRows()).extracting(ComparisonRow::anchor).contains("qualities", "strategy");
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
	void historyIsPartlySharedAndTheCtoIsDescribedByTheSharedGroundAlone() {
		ComparisonRow history = row(ctoVsCio(), "history");
		assertThat(history.kind()).isEqualTo(ComparisonRow.Kind.PARTLY_SHARED);
		assertThat(history.shared()).isNotEmpty();
		assertThat(history.cells().get(0).statements()).isEmpty();
		assertThat(history.cells().get(0).sharesGround()).isTrue();
		assertThat(history.cells().get(1).statements()).isNotEmpty();
	}

	@Test
	void everyRowIsLabelledByWhatItHolds() {
		assertLabelsAreHonest(ctoVsCio());
		assertThat(row(ctoVsCio(), "prevalence").kind()).isEqualTo(ComparisonRow.Kind.ONE_SIDED);
		assertThat(row(ctoVsCio(), "prevalence").label()).isEqualTo("CTO only");
	}

	@Test
	void theViewOfDifferencesOnlyKeepsEveryRowItsKindAndCountsWhatItHides() {
		var roles = this.comparisons.resolve(List.of("cto", "cio"));
		Comparison full = this.comparisons.compare(roles);
		Comparison differences = this.comparisons.compare(roles, true);
		assertThat(differences.rows()).extracting(ComparisonRow::kind)
			.containsExactlyElementsOf(full.rows().stream().map(ComparisonRow::kind).toList());
		assertThat(differences.tally()).isEqualTo(full.tally());
		for (int i = 0; i < full.rows().size(); i++) {
			ComparisonRow all = full.rows().get(i);
			ComparisonRow shown = differences.rows().get(i);
			assertThat(shown.shared()).isEmpty();
			assertThat(shown.hiddenShared())
				.isEqualTo(all.shared().stream().mapToInt(ground -> ground.statements().size()).sum());
			assertThat(shown.cells()).extracting(ComparisonRow.Cell::sharesGround)
				.containsExactlyElementsOf(all.cells().stream().map(ComparisonRow.Cell::sharesGround).toList());
		}
	}

	@Test
	void theGlanceSetsTheRolesSideBySideOnTheHeadlineAspectsEachGistCited() {
		Glance glance = ctoVsCio().glance();
		assertThat(glance.rows()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(glance.rows()).extracting(Glance.Row::anchor)
			.contains("who-they-serve", "financial-aim", "reporting-line", "technology-horizon");
		assertThat(glance.rows()).allSatisfy(row -> assertThat(row.cells()).allSatisfy(cell -> {
			assertThat(cell.text()).isNotBlank();
			assertThat(cell.notes()).isNotEmpty();
		}));
		assertThat(ctoVsCio().inOneSentence()).startsWith("The CTO ").contains("; the CIO ").endsWith(".");
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

	static ComparisonRow row(Comparison comparison, String anchor) {
		return comparison.rows()
			.stream()
			.filter(r -> r.anchor().equals(anchor))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row #" + anchor));
	}

}
