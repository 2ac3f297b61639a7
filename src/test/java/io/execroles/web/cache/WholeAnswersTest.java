package io.execroles.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.execroles.ServedSiteTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer is whole, however many readers ask at once and however the cache churns:
 * each body is as long as its Content-Length says, over a real socket. Pages nobody has
 * asked for yet are rendered once however many readers miss them together. The search
 * region is a quarter of its default here, so that 400 distinct searches are sure to
 * churn it.
 */
@ServedSiteTest
@TestPropertySource(properties = "executive-roles.limits.page-cache.searches=1MB")
class WholeAnswersTest {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Test
	void thirtyTwoReadersAtOnceOnPagesNobodyHasAskedForGetWholeAnswersRenderedOnce() throws Exception {
		String unique = Long.toString(System.nanoTime(), 36);
		List<String> pages = List.of("/search?q=strategy+" + unique, "/search?q=reports+" + unique,
				"/api/search?q=infrastructure+" + unique, "/search?q=customers+" + unique,
				"/search?q=manager+" + unique);
		double missesBefore = gets("searches", "miss");
		var start = new CountDownLatch(1);
		var executor = Executors.newFixedThreadPool(32);
		try {
			var answers = new ArrayList<Future<Answer>>();
			for (int reader = 0; reader < 32; reader++) {
				boolean gzip = reader % 2 == 0;
				for (String page : pages) {
					answers.add(executor.submit(() -> {
						start.await();
						return get(page, gzip);
					}));
				}
			}
			start.countDown();
			for (Future<Answer> answer : answers) {
				assertWhole(answer.get());
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(gets("searches", "miss") - missesBefore).as("renderings of five pages asked 32 times at once")
			.isEqualTo(pages.size());
	}

	@Test
	void readersOfLargeSearchPagesGetWholeAnswersWhileTheSearchRegionEvicts() throws Exception {
		double evictedBefore = evictions("searches");
		var executor = Executors.newFixedThreadPool(24);
		try {
			var answers = new ArrayList<Future<List<Answer>>>();
			for (int reader = 0; reader < 24; reader++) {
				var random = new Random(reader);
				Callable<List<Answer>> read = () -> {
					var got = new ArrayList<Answer>();
					for (int i = 0; i < 25; i++) {
						// Some queries asked by several readers at once, most new.
						int query = random.nextInt(400);
						got.add(get("/search?q=the+role+technology+company+business+" + query, false));
					}
					return got;
				};
				answers.add(executor.submit(read));
			}
			for (Future<List<Answer>> reader : answers) {
				reader.get().forEach(WholeAnswersTest::assertWhole);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(evictions("searches") - evictedBefore).as("the search region evicted meanwhile").isPositive();
	}

	static void assertWhole(Answer answer) {
		assertThat(answer.status()).as(answer.path()).isEqualTo(200);
		assertThat(answer.contentLength()).as("Content-Length of %s", answer.path()).isPositive();
		assertThat(answer.body().length).as("body of %s", answer.path()).isEqualTo(answer.contentLength());
	}

	private double gets(String region, String result) {
		return this.meters.get("cache.gets").tag("cache", region).tag("result", result).functionCounter().count();
	}

	private double evictions(String region) {
		return this.meters.get("cache.evictions").tag("cache", region).functionCounter().count();
	}

	/**
	 * One request on a connection of its own, read to its end, whatever the headers say.
	 */
	private Answer get(String path, boolean gzip) throws IOException {
		try (var socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + (gzip ? "Accept-Encoding: gzip\r\n" : "")
						+ "Connection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			byte[] raw = readAll(socket.getInputStream());
			int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			String head = new String(raw, 0, split, StandardCharsets.ISO_8859_1);
			byte[] body = java.util.Arrays.copyOfRange(raw, split + 4, raw.length);
			int status = Integer.parseInt(head.lines().findFirst().orElseThrow().split(" ")[1]);
			long length = head.lines()
				.filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
				.map(line -> Long.parseLong(line.substring(line.indexOf(':') + 1).strip()))
				.findFirst()
				.orElse(-1L);
			return new Answer(path, status, length, body);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		var out = new ByteArrayOutputStream();
		in.transferTo(out);
		return out.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		for (int i = 0; i + pattern.length <= data.length; i++) {
			if (java.util.Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
				return i;
			}
		}
		throw new AssertionError("no end of headers in the answer");
	}

	record Answer(String path, int status, long contentLength, byte[] body) {
	}

}
