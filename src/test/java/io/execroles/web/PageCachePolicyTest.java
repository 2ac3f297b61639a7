package io.execroles.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache keeps the site's own pages under their canonical keys, and nothing else.
 */
class PageCachePolicyTest {

	@Test
	void theSitesPagesAndCopiesAreKeptAndSearchesApart() {
		for (String path : new String[] { "/", "/roles", "/roles/cto", "/compare", "/compare/cto-vs-cio",
				"/compare/cto-vs-cio.csv", "/sources", "/sources/corporate-heavyweights", "/api/roles",
				"/api/roles/cto", "/api/compare/cto-vs-cio", "/api/openapi.json" }) {
			assertThat(PageCachePolicy.keyFor(path, null)).as(path)
				.isEqualTo(new PageCachePolicy.Key(PageCachePolicy.Region.PAGES, path));
		}
		assertThat(PageCachePolicy.keyFor("/search", "q=Strategy").region()).isEqualTo(PageCachePolicy.Region.SEARCHES);
		assertThat(PageCachePolicy.keyFor("/api/search", "q=cfo").region()).isEqualTo(PageCachePolicy.Region.SEARCHES);
	}

	@Test
	void operatorsEndpointsErrorsAndOddAddressesAreNeverKept() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness", "/actuator/info", "/error",
				"/roles/%63to", "/roles/CTO", "/roles//cto", "/roles/../sources", "/css/site.css",
				"/roles/cto/extra" }) {
			assertThat(PageCachePolicy.keyFor(path, null)).as(path).isNull();
		}
	}

	@Test
	void unknownParametersAreLeftOutOfTheKeyAndKnownOnesAreNormalised() {
		assertThat(PageCachePolicy.keyFor("/roles/cto", "utm_source=x&fbclid=y").value()).isEqualTo("/roles/cto");
		assertThat(PageCachePolicy.keyFor("/compare/cto-vs-cio", "x=1&only=differences&utm_medium=z").value())
			.isEqualTo("/compare/cto-vs-cio?only=differences");
		assertThat(PageCachePolicy.keyFor("/search", "role=cto&q=who+reports").value())
			.isEqualTo(PageCachePolicy.keyFor("/search", "q=who%20reports&role=cto&ref=a").value());
		assertThat(PageCachePolicy.keyFor("/compare", "roles=cto").value()).as("a picker's choice is its own key")
			.isEqualTo("/compare?roles=cto");
	}

	@Test
	void anAbsurdlyLongQueryIsNotKept() {
		assertThat(PageCachePolicy.keyFor("/search", "q=" + "a".repeat(400))).isNull();
	}

}
