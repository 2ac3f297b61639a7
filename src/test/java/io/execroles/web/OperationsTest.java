package io.execroles.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.execroles.ServedSiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators see health, info and metrics on the management port, and nothing else there;
 * the site's own port answers a balancer's probes but shows none of it.
 */
@ServedSiteTest
class OperationsTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void healthIsUpAndReportsTheDatabaseToOperators() throws Exception {
		HttpResponse<String> health = get(this.managementPort, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"");
		assertThat(get(this.managementPort, "/actuator/info").body()).contains("\"artifact\":\"executive-roles\"");
	}

	@Test
	void metricsCountRequestsByRouteCachedOnesIncludedAndTheCacheByRegion() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(get(this.port, "/roles/cio").statusCode()).isEqualTo(200);
		}
		assertThat(get(this.port, "/search?q=metrics").statusCode()).isEqualTo(200);
		// A repeat visit answered 304 from the cache, and a refused method, are timed
		// too.
		String etag = get(this.port, "/roles/cio").headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> revisit = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/roles/cio"))
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(revisit.statusCode()).isEqualTo(304);
		HttpResponse<String> refused = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/roles/cio")).DELETE().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(405);
		String metrics = get(this.managementPort, "/actuator/prometheus").body();
		assertThat(metrics)
			.containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"304\",uri=\"/roles/\\{slug}\"} [1-9]")
			.containsPattern(
					"http_server_requests_seconds_count\\{[^}]*method=\"DELETE\"[^}]*status=\"405\"[^}]*} [1-9]");
		assertThat(metrics)
			.containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\",uri=\"/roles/\\{slug}\"} [3-9]");
		assertThat(metrics).contains("http_server_requests_seconds_bucket")
			.contains("cache_gets_total{cache=\"pages\",result=\"hit\"}")
			.contains("cache_gets_total{cache=\"searches\",result=\"miss\"}")
			.contains("jvm_memory_used_bytes");
	}

	@Test
	void theSitesPortAnswersProbesButShowsNothingOfTheManagementEndpoints() throws Exception {
		assertThat(get(this.port, "/readyz").statusCode()).isEqualTo(200);
		assertThat(get(this.port, "/livez").statusCode()).isEqualTo(200);
		for (String path : new String[] { "/actuator/health", "/actuator/prometheus", "/actuator/info", "/h2-console",
				"/h2-console/login.jsp" }) {
			assertThat(get(this.port, path).statusCode()).as(path).isEqualTo(404);
		}
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump",
				"/actuator/threaddump" }) {
			assertThat(get(this.managementPort, path).statusCode()).as("management port: %s", path).isEqualTo(404);
		}
	}

}
