package io.execroles.web.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import io.execroles.QueryCounter;
import io.execroles.SiteTest;
import io.execroles.TestContent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser and a shared cache in front of the site see of the page cache: pages
 * that say how long caches may keep them, a validator per representation, 304 for a
 * repeat visit, and nothing kept that must not be.
 */
@SiteTest
class PageCacheTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MeterRegistry meters;

	@Test
	void aPageTellsSharedCachesHowLongTheyMayKeepItAndServeItStale() {
		MvcTestResult page = this.mvc.get().uri("/roles/cto").exchange();
		assertThat(page).hasStatusOk();
		Map<String, String> directives = directives(page.getResponse().getHeader(HttpHeaders.CACHE_CONTROL));
		assertThat(directives).containsKeys("public", "max-age", "s-maxage", "stale-while-revalidate",
				"stale-if-error");
		assertThat(Long.parseLong(directives.get("s-maxage"))).as("shared caches keep it longer than browsers")
			.isGreaterThan(Long.parseLong(directives.get("max-age")));
		assertThat(Long.parseLong(directives.get("stale-while-revalidate"))).as("hours").isGreaterThanOrEqualTo(3600);
		assertThat(Long.parseLong(directives.get("stale-if-error"))).as("hours").isGreaterThanOrEqualTo(3600);
		assertThat(page.getResponse().getHeader(HttpHeaders.VARY)).isEqualTo(HttpHeaders.ACCEPT_ENCODING);
	}

	@Test
	void eachRepresentationHasItsOwnValidatorNamingTheContentVersion() throws IOException {
		MvcTestResult plain = this.mvc.get().uri("/compare/cto-vs-cio").exchange();
		MvcTestResult gzipped = this.mvc.get().uri("/compare/cto-vs-cio").header("Accept-Encoding", "gzip").exchange();
		String plainTag = plain.getResponse().getHeader(HttpHeaders.ETAG);
		String gzipTag = gzipped.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(plainTag).contains(TestContent.documents().version()).isNotEqualTo(gzipTag);
		assertThat(gzipped.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(plain.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.getResponse().getContentAsByteArray()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.getResponse().getContentAsByteArray());
		}
		assertThat(this.mvc.get().uri("/compare/cto-vs-cio").header("Accept-Encoding", "gzip;q=0, br"))
			.as("gzip refused")
			.doesNotContainHeader(HttpHeaders.CONTENT_ENCODING);
	}

	@Test
	void aRepeatVisitWithTheValidatorGets304WithNoBodyAndTheSameCachingHeaders() {
		String etag = this.mvc.get().uri("/sources").exchange().getResponse().getHeader(HttpHeaders.ETAG);
		for (String validator : new String[] { etag, "W/" + etag, "\"other\", " + etag }) {
			MvcTestResult again = this.mvc.get()
				.uri("/sources")
				.header(HttpHeaders.IF_NONE_MATCH, validator)
				.exchange();
			assertThat(again).as(validator).hasStatus(HttpStatus.NOT_MODIFIED);
			assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
			assertThat(again.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
			assertThat(again.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("s-maxage");
		}
		assertThat(this.mvc.get().uri("/sources").header(HttpHeaders.IF_NONE_MATCH, "\"stale\"")).hasStatusOk();
	}

	@Test
	void unknownQueryParametersServeTheCanonicalPage() {
		String canonical = this.mvc.get().uri("/roles/cto").exchange().getResponse().getHeader(HttpHeaders.ETAG);
		for (int i = 0; i < 50; i++) {
			MvcTestResult tagged = this.mvc.get().uri("/roles/cto?utm_source=news" + i + "&x=" + i).exchange();
			assertThat(tagged).hasStatusOk();
			assertThat(tagged.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(canonical);
		}
	}

	@Test
	void onlyAPageAtItsOwnAddressIsKept() {
		for (String path : List.of("/roles/CTO", "/roles/cto/", "/roles/./cto", "/roles/cto;x=1",
				"/roles/" + "x".repeat(300))) {
			for (int i = 0; i < 2; i++) {
				// Redirected or refused, never kept under a second address.
				MvcTestResult answer = this.mvc.get().uri(path).exchange();
				assertThat(answer.getResponse().getHeader(HttpHeaders.ETAG)).as(path).isNull();
			}
		}
	}

	@Test
	void errorsAndProbesAreNeverKeptNorOfferedToSharedCaches() {
		for (int i = 0; i < 2; i++) {
			MvcTestResult missing = this.mvc.get().uri("/roles/nobody").exchange();
			assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(missing.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
			assertThat(missing.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
			MvcTestResult problem = this.mvc.get().uri("/api/roles/nobody").exchange();
			assertThat(problem.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
			MvcTestResult ready = this.mvc.get().uri("/readyz").exchange();
			assertThat(ready).hasStatusOk();
			assertThat(ready.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
			assertThat(String.valueOf(ready.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)))
				.doesNotContain("public");
		}
	}

	@Test
	void noRequestAfterStartRunsSqlNotEvenTheFirstForAPage() {
		var counter = new QueryCounter(this.entityManagerFactory);
		for (String path : new String[] { "/", "/roles", "/roles/cio", "/compare/cto-vs-cio?only=differences",
				"/compare/cio-vs-cto.csv", "/api/compare/cto-vs-cio", "/api/roles/cio", "/sources",
				"/sources/difference-between-cto-and-cio", "/search?q=never+searched+before", "/api/search?q=budget",
				"/roles/nobody", "/compare" }) {
			assertThat(counter.count(() -> this.mvc.get().uri(path).exchange())).as("SQL for %s", path).isZero();
		}
	}

	@Test
	void aFloodOfSearchesPushesOutOtherSearchesButNeverThePages() {
		this.mvc.get().uri("/compare/cto-vs-cio").exchange();
		double evictedBefore = count("cache.evictions", "searches");
		for (int i = 0; i < 800; i++) {
			this.mvc.get().uri("/search?q=technology+company+role+" + Integer.toString(i * 7919, 36)).exchange();
		}
		assertThat(count("cache.evictions", "searches") - evictedBefore).as("searches evicted by the flood")
			.isPositive();
		double hits = hits("pages");
		this.mvc.get().uri("/compare/cto-vs-cio").exchange();
		assertThat(hits("pages") - hits).as("the comparison still kept after the flood").isEqualTo(1.0);
	}

	private double hits(String region) {
		return this.meters.get("cache.gets").tag("cache", region).tag("result", "hit").functionCounter().count();
	}

	private double count(String meter, String region) {
		return this.meters.get(meter).tag("cache", region).functionCounter().count();
	}

	static Map<String, String> directives(String cacheControl) {
		var directives = new LinkedHashMap<String, String>();
		for (String directive : cacheControl.split(",")) {
			String[] parts = directive.strip().split("=", 2);
			directives.put(parts[0], (parts.length > 1) ? parts[1] : "");
		}
		return directives;
	}

}
