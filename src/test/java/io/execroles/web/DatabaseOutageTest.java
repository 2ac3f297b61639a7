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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away for real, under a running instance: a PostgreSQL server of this
 * test's own is stopped. Nothing a reader asks for needs it after start, so every page,
 * copy and search answers whole as before, pages never asked for included, and the
 * instance stays ready. Operators still see the database DOWN in the full health. (How
 * fast the answers are is bin/reliability's to measure.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class DatabaseOutageTest {

	static final List<String> NEVER_ASKED_BEFORE = List.of("/", "/roles", "/roles/cto", "/roles/cio",
			"/compare/cto-vs-cio", "/compare/cto-vs-cio?only=differences", "/compare/cto-vs-cio.csv",
			"/api/compare/cto-vs-cio", "/api/roles/cio", "/sources", "/sources/corporate-heavyweights",
			"/search?q=who+reports+to+the+cfo", "/api/search?q=budget", "/compare");

	static final Path DATA;

	static final int PORT;

	static EmbeddedPostgres postgres;

	static {
		try {
			DATA = Files.createTempDirectory("outage-pg");
			try (var socket = new ServerSocket(0)) {
				PORT = socket.getLocalPort();
			}
			postgres = EmbeddedPostgres.builder()
				.setDataDirectory(DATA)
				.setCleanDataDirectory(false)
				.setPort(PORT)
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	HttpResponse<String> get(String path) throws Exception {
		return get(this.port, path);
	}

	HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void withTheDatabaseGoneEveryPageAnswersWholeAndTheInstanceStaysReady() throws Exception {
		assertThat(get("/roles/nobody").statusCode()).isEqualTo(404);
		postgres.close();

		for (String path : NEVER_ASKED_BEFORE) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).isNotEmpty().doesNotContain("Exception");
		}
		var executor = Executors.newFixedThreadPool(8);
		try {
			var searches = new ArrayList<Future<HttpResponse<String>>>();
			for (int i = 0; i < 8; i++) {
				String query = "/search?q=strategy+" + Integer.toString(i * 7919, 36);
				searches.add(executor.submit(() -> get(query)));
			}
			for (var search : searches) {
				assertThat(search.get().statusCode()).as("a search during the outage").isEqualTo(200);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(get("/roles/nobody").statusCode()).as("an unknown role").isEqualTo(404);
		assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
		assertThat(get("/readyz").statusCode()).as("readiness").isEqualTo(200);
		assertThat(get("/livez").statusCode()).as("liveness").isEqualTo(200);
		HttpResponse<String> health = get(this.managementPort, "/actuator/health");
		assertThat(health.body()).as("operators see the database away").contains("\"db\":{\"status\":\"DOWN\"");
	}

}
