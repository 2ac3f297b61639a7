package io.execroles.comparison;

import java.util.List;

import io.execroles.QueryCounter;
import io.execroles.role.CitedStatement;
import io.execroles.role.DivergenceKind;
import io.execroles.source.Note;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ComparisonServiceTest {

	@Autowired
	ComparisonService comparisons;

	@Autowired
	EntityManagerFactory entityManagerFactory;

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
		assertThat(row.differs()).isTrue();
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
		assertThat(row.divergence()).hasValueSatisfying(d -> {
			assertThat(d.kind()).isEqualTo(DivergenceKind.TENSION);
			assertThat(d.notes()).extracting(Note::passage)
				.anyMatch(p -> p.contains("works closely with various providers"))
				.anyMatch(p -> p.contains("Works closely with vendors"));
		});
		assertThat(row.cells()).allSatisfy(cell -> assertThat(cell.statements()).isNotEmpty());
	}

	@Test
	void whereEachArticleStressesADifferentRoleTheRowSaysSoAndDoesNotCallItAContradiction() {
		Comparison comparison = ctoVsCio();
		for (String anchor : new String[] { "keeping-current", "strategy" }) {
			assertThat(row(comparison, anchor).divergence()).as(anchor)
				.hasValueSatisfying(d -> assertThat(d.kind()).isEqualTo(DivergenceKind.EMPHASIS));
		}
	}

	@Test
	void theFocusRowNamesTheTensionOverProductDevelopment() {
		assertThat(row(ctoVsCio(), "focus").divergence()).hasValueSatisfying(d -> {
			assertThat(d.kind()).isEqualTo(DivergenceKind.TENSION);
			assertThat(d.notes()).extracting(Note::anchor).contains("cio-providers", "cto-list-products");
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
	void commonGroundHoldsWhatBothArticlesSayOfBothRoles() {
		Comparison comparison = ctoVsCio();
		assertThat(comparison.commonGround()).extracting(ComparisonRow::anchor).contains("qualities", "strategy");
		assertThat(row(comparison, "qualities").shared()).flatExtracting(CitedStatement::notes)
			.extracting(Note::passage)
			.contains("Both roles require a deep understanding of technology and its implications for business.");
	}

	@Test
	void historyIsCommonGroundForBothAndTheCioAloneHasAnOrigin() {
		ComparisonRow history = row(ctoVsCio(), "history");
		assertThat(history.shared()).isNotEmpty();
		assertThat(history.cells().get(0).statements()).isEmpty();
		assertThat(history.cells().get(1).statements()).isNotEmpty();
	}

	@Test
	void badRequestsAreRefusedWithTheRightStatus() {
		assertStatus(List.of("cto"), HttpStatus.BAD_REQUEST);
		assertStatus(List.of("cto", "cto"), HttpStatus.BAD_REQUEST);
		assertStatus(List.of("cto", "cio", "a", "b", "c"), HttpStatus.BAD_REQUEST);
		assertStatus(List.of("cto", "ceo"), HttpStatus.NOT_FOUND);
	}

	@Test
	void aComparisonTakesAFixedNumberOfQueries() {
		var counter = new QueryCounter(this.entityManagerFactory);
		assertThat(counter.count(this::ctoVsCio)).isPositive().isLessThanOrEqualTo(3);
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
