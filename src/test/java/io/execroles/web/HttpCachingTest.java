package io.execroles.web;

import java.io.ByteArrayInputStream;
import java.util.zip.GZIPInputStream;

import io.execroles.QueryCounter;
import io.execroles.SiteTest;
import io.execroles.content.ContentSnapshot;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class HttpCachingTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ContentSnapshot content;

	@Test
	void aRepeatVisitWithTheETagGets304AndNoBody() throws Exception {
		MvcTestResult first = this.mvc.get().uri("/roles/cio").exchange();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).as("a hash of the page and the content's version")
			.matches("\"[A-Za-z0-9_-]+-" + this.content.version() + "\"");
		assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-cache");

		MvcTestResult repeat = this.mvc.get().uri("/roles/cio").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(repeat).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(repeat.getResponse().getContentAsByteArray()).isEmpty();

		MvcTestResult stale = this.mvc.get()
			.uri("/roles/cio")
			.header(HttpHeaders.IF_NONE_MATCH, "\"other\"")
			.exchange();
		assertThat(stale).hasStatusOk();
		assertThat(stale.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
	}

	@Test
	void differentPagesHaveDifferentETags() {
		String cto = this.mvc.get().uri("/roles/cto").exchange().getResponse().getHeader(HttpHeaders.ETAG);
		String cio = this.mvc.get().uri("/roles/cio").exchange().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(cto).isNotEqualTo(cio);
	}

	@Test
	void aClientThatAcceptsGzipGetsTheSamePageCompressed() throws Exception {
		String plain = this.mvc.get().uri("/compare/cto-vs-cio").exchange().getResponse().getContentAsString();
		MvcTestResult gzipped = this.mvc.get()
			.uri("/compare/cto-vs-cio")
			.header(HttpHeaders.ACCEPT_ENCODING, "br, gzip")
			.exchange();
		assertThat(gzipped.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gzipped.getResponse().getHeader(HttpHeaders.VARY)).contains("Accept-Encoding");
		String plainTag = this.mvc.get()
			.uri("/compare/cto-vs-cio")
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(gzipped.getResponse().getHeader(HttpHeaders.ETAG)).as("each coding its own ETag")
			.isNotEqualTo(plainTag);
		byte[] body = gzipped.getResponse().getContentAsByteArray();
		assertThat(body.length).isLessThan(plain.length() / 4);
		try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain);
		}
	}

	@Test
	void theStylesheetIsLinkedByAContentHashAndKeptForAYear() throws Exception {
		String html = this.mvc.get()
			.uri("/")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var stylesheet = java.util.regex.Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"").matcher(html);
		assertThat(stylesheet.find()).as("a hashed stylesheet link").isTrue();
		MvcTestResult css = this.mvc.get().uri(stylesheet.group(1)).exchange();
		assertThat(css).hasStatusOk();
		assertThat(css.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=31536000")
			.contains("immutable");
	}

	@Test
	void theStylesheetAnswersItsOwnETagWith304() throws Exception {
		String html = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		var stylesheet = java.util.regex.Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"").matcher(html);
		assertThat(stylesheet.find()).isTrue();
		String etag = this.mvc.get().uri(stylesheet.group(1)).exchange().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(this.mvc.get().uri(stylesheet.group(1)).header(HttpHeaders.IF_NONE_MATCH, etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
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
	void healthIsNeverKeptWhateverTheClientAccepts() {
		for (int i = 0; i < 2; i++) {
			MvcTestResult health = this.mvc.get().uri("/actuator/health").accept("application/json").exchange();
			assertThat(health).hasStatusOk();
			assertThat(health.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
			assertThat(health.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isNotEqualTo(PageCache.CACHE_CONTROL);
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
	void errorsAreNeverKept() {
		assertThat(this.mvc.get().uri("/roles/nobody")).hasStatus(HttpStatus.NOT_FOUND);
		MvcTestResult again = this.mvc.get().uri("/roles/nobody").exchange();
		assertThat(again).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(again.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
	}

}
