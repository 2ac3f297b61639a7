package io.execroles.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away and comes back, for real: a PostgreSQL server of this test's own
 * is stopped under a running instance and started again. Meanwhile pages already rendered
 * still answer, what needs the database answers 503 in the site's look with a
 * Retry-After, unknown addresses still answer 404, readiness says DOWN and liveness UP;
 * afterwards everything recovers by itself. (How fast is bin/reliability's to measure.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class DatabaseOutageTest {

	static final Path DATA;

	static final int PORT;

	static EmbeddedPostgres postgres;

	static {
		try {
			DATA = Files.createTempDirectory("outage-pg");
			try (var socket = new ServerSocket(0)) {
				PORT = socket.getLocalPort();
			}
			postgres = start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	static EmbeddedPostgres start() throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(PORT).start();
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void whileTheDatabaseIsAwayCachedPagesAnswerTheRestSays503AndAllRecoversWhenItReturns() throws Exception {
		assertThat(get("/roles/cto").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		postgres.close();
		try {
			assertThat(get("/roles/cto").statusCode()).as("a page already rendered").isEqualTo(200);
			assertThat(get("/roles/nobody").statusCode()).as("an unknown role needs no database").isEqualTo(404);
			assertThat(get("/api/roles/nobody").statusCode()).as("nor in the API").isEqualTo(404);
			assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
			assertThat(get("/compare/cto-vs-nobody").statusCode()).isEqualTo(404);

			HttpResponse<String> uncached = get("/compare/cto-vs-cio");
			assertThat(uncached.statusCode()).as("a page never rendered needs the database").isEqualTo(503);
			assertThat(uncached.headers().firstValue("Retry-After")).hasValue(RefusalPages.RETRY_AFTER);
			var page = Jsoup.parse(uncached.body());
			assertThat(page.select("header.site-header")).isNotEmpty();
			assertThat(page.select("main a").eachAttr("href")).as("the error page's links, from memory")
				.contains("/roles/cto");
			assertThat(uncached.body()).doesNotContain("Exception");

			HttpResponse<String> api = get("/api/compare/cto-vs-cio");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

			assertThat(get("/actuator/health/readiness").statusCode()).as("readiness").isEqualTo(503);
			assertThat(get("/actuator/health/liveness").statusCode()).as("liveness").isEqualTo(200);
		}
		finally {
			postgres = start();
		}

		int status = 0;
		for (int attempt = 0; attempt < 50 && status != 200; attempt++) {
			status = get("/actuator/health/readiness").statusCode();
			if (status != 200) {
				Thread.sleep(200);
			}
		}
		assertThat(status).as("readiness once the database is back").isEqualTo(200);
		assertThat(get("/compare/cto-vs-cio").statusCode()).as("the page that failed, now").isEqualTo(200);
	}

}
