package io.execroles.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A page as the cache keeps it: its bytes, plain and gzipped, an ETag for each, and the
 * headers its handler set. The bytes are never changed once kept, so any number of
 * responses may be sending them at once, and a page that leaves the cache is only
 * forgotten.
 */
final class RenderedPage {

	private static final Set<String> KEPT_TYPES = Set.of("text/html", "application/json", "text/csv");

	/**
	 * Headers that the cache writes itself, or that describe one transfer rather than the
	 * page.
	 */
	private static final Set<String> OWN_HEADERS = Set.of("content-length", "transfer-encoding", "date", "etag",
			"cache-control", "vary", "content-encoding", "connection", "keep-alive");

	private static final int SMALLEST_WORTH_GZIPPING = 1024;

	private final Map<String, List<String>> headers;

	private final Form plain;

	private final Form gzipped;

	private RenderedPage(Map<String, List<String>> headers, Form plain, Form gzipped) {
		this.headers = headers;
		this.plain = plain;
		this.gzipped = gzipped;
	}

	/**
	 * The rendered response as a page to keep, or null where it must not be kept: an
	 * error, a type the site does not keep, or a handler that set its own caching.
	 * @param before the headers the response had before the handler ran, which are the
	 * filters' and not the page's
	 */
	static RenderedPage keep(ContentCachingResponseWrapper rendering, Set<String> before, String version) {
		String type = rendering.getContentType();
		if (rendering.getStatus() != HttpServletResponse.SC_OK || type == null
				|| !KEPT_TYPES.contains(type.split(";")[0].strip().toLowerCase(Locale.ROOT))
				|| rendering.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			return null;
		}
		var headers = new LinkedHashMap<String, List<String>>();
		for (String name : rendering.getHeaderNames()) {
			String lowerCase = name.toLowerCase(Locale.ROOT);
			if (!OWN_HEADERS.contains(lowerCase) && !before.contains(lowerCase)) {
				headers.put(name, List.copyOf(rendering.getHeaders(name)));
			}
		}
		byte[] body = rendering.getContentAsByteArray();
		if (type.startsWith("text/html")) {
			body = withoutIndentation(body);
		}
		// The ETag names the bytes, their coding and the content's version: a gzipped and
		// a plain body never share one, nor do two releases.
		String tag = hash(body) + "-" + version;
		Form plain = new Form(body, "\"" + tag + "\"");
		Form gzipped = (body.length >= SMALLEST_WORTH_GZIPPING) ? new Form(gzip(body), "\"" + tag + "-gzip\"") : null;
		return new RenderedPage(Collections.unmodifiableMap(headers), plain, gzipped);
	}

	/** What the page takes of its cache region, in bytes. */
	int weight() {
		return this.plain.bytes().length + ((this.gzipped != null) ? this.gzipped.bytes().length : 0) + 1024;
	}

	/**
	 * Sends the page, gzipped where the client accepts it, or 304 where the client holds
	 * the same form already.
	 */
	void send(HttpServletRequest request, HttpServletResponse response, String cacheControl) throws IOException {
		response.resetBuffer();
		this.headers.forEach((name, values) -> {
			response.setHeader(name, values.get(0));
			values.stream().skip(1).forEach(value -> response.addHeader(name, value));
		});
		Form form = (this.gzipped != null && acceptsGzip(request)) ? this.gzipped : this.plain;
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (new ServletWebRequest(request, response).checkNotModified(form.etag())) {
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		if (form == this.gzipped) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(form.bytes().length);
		if ("HEAD".equals(request.getMethod())) {
			return;
		}
		response.getOutputStream().write(form.bytes());
	}

	/**
	 * True where the request's Accept-Encoding names gzip (or *) without refusing it with
	 * q=0, as RFC 9110 reads it.
	 */
	static boolean acceptsGzip(HttpServletRequest request) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		boolean any = false;
		boolean gzip = false;
		boolean refused = false;
		while (values != null && values.hasMoreElements()) {
			for (String coding : values.nextElement().split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].strip().toLowerCase(Locale.ROOT);
				boolean zero = parts.length > 1 && parts[1].replace(" ", "").matches("(?i)q=0(\\.0*)?");
				if (name.equals("gzip") || name.equals("x-gzip")) {
					gzip = !zero;
					refused |= zero;
				}
				else if (name.equals("*")) {
					any = !zero;
				}
			}
		}
		return gzip || (any && !refused);
	}

	/**
	 * The templates' indentation is an eighth of a page and means nothing to a browser:
	 * the pages have no {@code pre} or {@code textarea}, and the line break that stays
	 * keeps words apart.
	 */
	static byte[] withoutIndentation(byte[] html) {
		// On the bytes, in one pass: a line break, a space and a tab are single bytes in
		// UTF-8, and never part of another character's.
		byte[] out = new byte[html.length];
		int length = 0;
		boolean lineStart = false;
		for (byte b : html) {
			if (lineStart && (b == ' ' || b == '\t')) {
				continue;
			}
			lineStart = (b == '\n');
			out[length++] = b;
		}
		return Arrays.copyOf(out, length);
	}

	private static String hash(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	private static byte[] gzip(byte[] body) {
		var out = new ByteArrayOutputStream(body.length / 4);
		try (var gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** One form of the page: its bytes and its ETag. */
	private record Form(byte[] bytes, String etag) {
	}

}
