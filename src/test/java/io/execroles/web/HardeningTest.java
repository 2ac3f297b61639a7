package io.execroles.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.execroles.ServedSiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and malformed requests, sent over a raw socket so that nothing cleans them up
 * on the way: each gets a 4xx page in the site's look with the security headers, never a
 * 5xx, a stack trace or the payload echoed back.
 */
@ServedSiteTest
class HardeningTest {

	static final String XSS = "<script>alert(1)</script>";

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws IOException {
		for (String path : List.of("/", "/roles/cto", "/css/site.css", "/no-such-page", "/%")) {
			Answer answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			String csp = answer.header("content-security-policy");
			assertThat(csp).as(path)
				.contains("frame-ancestors 'none'")
				.contains("default-src 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(answer.header("x-content-type-options")).as(path).isEqualTo("nosniff");
			assertThat(answer.header("referrer-policy")).as(path).isNotBlank();
			assertThat(answer.header("cross-origin-opener-policy")).as(path).isEqualTo("same-origin");
		}
	}

	@Test
	void aPageAskedAgainCarriesTheSameHeadersIntact() throws IOException {
		// The first answer may be rendered; those after it come from the page cache.
		for (String path : List.of("/roles/cto", "/compare/cto-vs-cio", "/no-such-page")) {
			String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
			List<Answer> answers = List.of(send(request), send(request), send(request));
			for (Answer answer : answers) {
				assertThat(answer.header("content-security-policy")).as(path)
					.isEqualTo(io.execroles.web.http.SecurityHeaders.CONTENT_SECURITY_POLICY);
				assertThat(answer.headers()).as(path).allSatisfy((line) -> assertThat(line).matches("[A-Za-z-]+: .+"));
			}
			// The first may have been rendered; the two after it come from the same
			// place.
			assertThat(withoutDate(answers.get(2))).as(path).isEqualTo(withoutDate(answers.get(1)));
		}
	}

	static List<String> withoutDate(Answer answer) {
		return answer.headers().stream().filter((line) -> !line.startsWith("Date:")).toList();
	}

	@Test
	void controlCharactersFromTheAddressNeverSplitTheResponse() throws IOException {
		// The canonical redirect's Location carries the address; it is asked for twice so
		// that the second answer would use any bytes kept from the first.
		for (int i = 0; i < 2; i++) {
			Answer answer = send("GET /roles/CTO%0d%0aSet-Cookie:%20stolen=1 HTTP/1.1\r\nHost: localhost\r\n"
					+ "Connection: close\r\n\r\n");
			assertThat(answer.status()).isLessThan(500);
			assertThat(answer.header("set-cookie")).isNull();
			assertThat(answer.headers()).allSatisfy((line) -> assertThat(line).matches("[A-Za-z-]+: .+"));
		}
	}

	@Test
	void methodsOtherThanGetAndHeadAnswer405WithAllow() throws IOException {
		for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
			Answer answer = send(method + " /roles/cto HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
					+ "Connection: close\r\n\r\n");
			assertThat(answer.status()).as(method).isEqualTo(405);
			assertThat(answer.header("allow")).as(method).contains("GET").contains("HEAD");
		}
		Answer head = send("HEAD /roles/cto HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
	}

	@Test
	void hostileAddressesGetAClientErrorPageInTheSitesLook() throws IOException {
		String longPath = "/roles/" + "a".repeat(20_000);
		for (String target : List.of("/roles/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/roles/..%2F..%2Fetc%2Fpasswd",
				"/../../etc/passwd", "/roles/%", "/roles/%00", "/compare/cto-vs-cio-vs-cto",
				"/compare/cto%27%20OR%201=1--", "/sources/%C0%AE%C0%AE", "/roles/cto;jsessionid=x/..", longPath,
				"/compare?roles=" + "x".repeat(5000), "/compare?roles=%3Cscript%3E")) {
			Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			String shown = target.length() > 60 ? target.substring(0, 60) + "…" : target;
			assertThat(answer.status()).as(shown).isBetween(400, 499);
			assertSitePage(answer, shown);
		}
	}

	/**
	 * Tomcat refuses these before the application sees them; its error page is still the
	 * site's, and links the stylesheet by its hashed address, as every other page does
	 * (the plain one is cached for a year and would go stale).
	 */
	@Test
	void requestsThatTomcatRefusesGetTheSitesPageWithItsCurrentStylesheet() throws IOException {
		for (String request : List.of("GET /roles/% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
				"GET /roles/cto HTTP/1.1\r\nHost: localhost\r\nBroken header line\r\nConnection: close\r\n\r\n")) {
			Answer answer = send(request);
			String shown = request.lines().findFirst().orElse("");
			assertThat(answer.status()).as(shown).isEqualTo(400);
			assertSitePage(answer, shown);
			assertThat(answer.body()).as(shown).containsPattern("href=\"/css/site-[0-9a-f]{32}\\.css\"");
		}
	}

	@Test
	void hostileHeadersAndParametersAreAnsweredWithoutEchoOrFailure() throws IOException {
		List<String> requests = List.of(
				"GET / HTTP/1.1\r\nHost: localhost\r\nX-Huge: " + "h".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
				"GET /roles/cto HTTP/1.1\r\nHost: localhost\r\nAccept: " + XSS + "\r\nConnection: close\r\n\r\n",
				"GET /roles/cto HTTP/1.1\r\nHost: localhost\r\nAccept: application/xml\r\nConnection: close\r\n\r\n",
				"GET /roles/cto HTTP/1.1\r\nHost: " + XSS + "\r\nConnection: close\r\n\r\n",
				"GET /compare?roles=cto&roles=" + "%3Cscript%3E"
						+ " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
				"GET /roles/cto?q=" + "%27%20OR%20%271%27=%271"
						+ " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
				"BREW /roles/cto HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
				"GET /roles/cto HTTP/1.1\r\nHost: localhost\r\nBroken header line\r\nConnection: close\r\n\r\n");
		for (String request : requests) {
			Answer answer = send(request);
			String shown = request.lines().findFirst().orElse("").replaceAll("(.{60}).+", "$1…");
			assertThat(answer.status()).as(shown).isLessThan(500);
			assertThat(answer.body()).as(shown).doesNotContain(XSS);
			if (answer.status() >= 400 && answer.status() != 405) {
				assertSitePage(answer, shown);
			}
		}
	}

	@Test
	void aQueryThatCannotBeDecodedIsTheReadersErrorAndCountedAsOne() throws Exception {
		for (String target : List.of("/search?q=%zz", "/compare?roles=%")) {
			Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(answer.status()).as(target).isEqualTo(400);
			assertSitePage(answer, target);
		}
		String metrics = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/prometheus"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(metrics)
			.containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"400\",uri=\"/search\"} [1-9]")
			.doesNotContain("InvalidParameterException");
	}

	void assertSitePage(Answer answer, String request) {
		assertThat(answer.header("content-type")).as(request).startsWith("text/html");
		assertThat(answer.body()).as(request)
			.contains("<a class=\"site-name\"")
			.doesNotContain(XSS)
			.doesNotContainIgnoringCase("exception")
			.doesNotContain("at io.execroles")
			.doesNotContain("Whitelabel")
			.doesNotContain("Apache Tomcat");
	}

	Answer send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return Answer.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	record Answer(int status, List<String> headers, String body) {

		static Answer parse(String raw) {
			int split = raw.indexOf("\r\n\r\n");
			String head = (split < 0) ? raw : raw.substring(0, split);
			String body = (split < 0) ? "" : raw.substring(split + 4);
			List<String> lines = head.lines().toList();
			int status = Integer.parseInt(lines.get(0).split(" ")[1]);
			return new Answer(status, lines.subList(1, lines.size()), body);
		}

		String header(String name) {
			return this.headers.stream()
				.filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
				.map(line -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse(null);
		}

	}

}
