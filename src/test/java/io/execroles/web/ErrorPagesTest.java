package io.execroles.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.execroles.ServedSiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the servlet container and Spring reject before any controller runs also gets the
 * site's error page, whatever the client says it accepts. Tested over real HTTP, as
 * MockMvc has no container error dispatch.
 */
@ServedSiteTest
class ErrorPagesTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(String method, String path, String accept) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", accept)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void anUnknownAddressAnswers404InTheSiteLayoutEvenToClientsThatAcceptAnything() throws Exception {
		for (String accept : new String[] { "*/*", "text/html", "application/json" }) {
			HttpResponse<String> response = send("GET", "/no/such/page", accept);
			assertThat(response.statusCode()).as(accept).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(accept)
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
			Document page = Jsoup.parse(response.body());
			assertThat(page.select("header.site-header .site-name").text()).isEqualTo("Executive Roles");
			assertThat(page.select("h1").text()).isEqualTo("Page not found");
			assertThat(page.select("main a").eachAttr("href")).contains("/roles/cto", "/roles/cio");
		}
	}

	@Test
	void aMethodThePageDoesNotTakeAnswers405WithTheMethodsItDoes() throws Exception {
		HttpResponse<String> response = send("POST", "/roles/cto", "text/html");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow"))
			.hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Method not allowed");
	}

	@Test
	void noErrorPageRevealsInternals() throws Exception {
		for (String path : new String[] { "/no/such/page", "/roles/%3Cscript%3E", "/compare/x", "/error",
				"/sources/..%2f..%2fetc%2fpasswd" }) {
			HttpResponse<String> response = send("GET", path, "*/*");
			assertThat(response.statusCode()).as(path).isBetween(400, 499);
			assertThat(response.body()).as(path)
				.doesNotContain("Whitelabel")
				.doesNotContain("Exception")
				.doesNotContain("at io.execroles")
				.doesNotContain("<script>");
		}
	}

}
