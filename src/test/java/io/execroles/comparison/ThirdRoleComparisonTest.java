package io.execroles.comparison;

import java.util.List;

import io.execroles.QueryCounter;
import io.execroles.TestDatabase;
import io.execroles.role.CitedStatement;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role added only as data, by a test migration, takes part in comparisons like the
 * others.
 */
@SpringBootTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/third-role")
class ThirdRoleComparisonTest {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		String separate = System.getProperty(TestDatabase.SEPARATE_DATABASE_URL);
		if (separate != null) {
			registry.add("spring.datasource.url", () -> separate);
		}
	}

	@Autowired
	ComparisonService comparisons;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aThreeWayComparisonLinesUpAllThreeRoles() {
		Comparison comparison = this.comparisons.compare(this.comparisons.resolve(List.of("cfo", "cto", "cio")));

		assertThat(comparison.path()).isEqualTo("/compare/cto-vs-cio-vs-cfo");
		ComparisonRow reporting = ComparisonServiceTest.row(comparison, "reporting-line");
		assertThat(reporting.cells()).hasSize(3);
		assertThat(reporting.cells().get(2).statements()).extracting(CitedStatement::slug)
			.containsExactly("cfo-receives-cio-reports");
		assertThat(ComparisonServiceTest.row(comparison, "standing").shared()).extracting(CitedStatement::slug)
			.containsExactly("both-most-important");
	}

	@Test
	void aStatementTwoOfThreeRolesHoldIsNotCommonGroundOfAllThree() {
		Comparison comparison = this.comparisons.compare(this.comparisons.resolve(List.of("cto", "cio", "cfo")));
		ComparisonRow qualities = ComparisonServiceTest.row(comparison, "qualities");
		assertThat(qualities.shared()).isEmpty();
		assertThat(qualities.cells().get(0).statements()).extracting(CitedStatement::slug)
			.contains("both-understand-technology");
	}

	@Test
	void moreRolesDoNotMeanMoreQueries() {
		var counter = new QueryCounter(this.entityManagerFactory);
		long two = counter.count(() -> this.comparisons.compare(this.comparisons.resolve(List.of("cto", "cio"))));
		long three = counter
			.count(() -> this.comparisons.compare(this.comparisons.resolve(List.of("cto", "cio", "cfo"))));
		assertThat(two).isPositive();
		assertThat(three).isEqualTo(two);
	}

}
