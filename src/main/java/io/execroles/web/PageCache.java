package io.execroles.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves pages from memory once they have been rendered. The content changes only when a
 * migration runs, which means a restart, so a rendered page stays true for the life of
 * the process: it is kept with its gzipped form and an ETag, and a repeat visit that
 * sends the ETag back gets 304 with no body. Only successful GET responses of the site's
 * own formats are kept, at most {@value #MAX_PAGES}, the least recently used leaving
 * first, so that made-up addresses cannot grow memory.
 * <p>
 * It runs before every other filter, so that a page it holds is served at close to the
 * speed of a static file. What later filters add to a response, such as the security
 * headers, is kept with the page and sent again with it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageCache extends HttpFilter {

	static final int MAX_PAGES = 128;

	/**
	 * Always ask again, so a new deployment shows at once; the ETag makes asking cheap.
	 */
	static final String CACHE_CONTROL = "public, no-cache";

	private static final Set<String> KEPT_TYPES = Set.of("text/html", "application/json", "text/csv");

	/**
	 * Headers this filter writes itself, or that describe one transfer rather than the
	 * page.
	 */
	private static final Set<String> OWN_HEADERS = Set.of("content-length", "transfer-encoding", "date", "etag",
			"cache-control", "vary", "content-encoding");

	private static final int SMALLEST_WORTH_GZIPPING = 1024;

	private static final Pattern INDENTATION = Pattern.compile("\n[ \t]+");

	private final Map<String, Page> pages = Collections.synchronizedMap(new LinkedHashMap<>(32, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
			return size() > MAX_PAGES;
		}
	});

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			chain.doFilter(request, response);
			return;
		}
		String key = (request.getQueryString() != null) ? request.getRequestURI() + "?" + request.getQueryString()
				: request.getRequestURI();
		Page page = this.pages.get(key);
		if (page == null) {
			if ("HEAD".equals(method)) {
				chain.doFilter(request, response);
				return;
			}
			var rendering = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, rendering);
			page = Page.keep(rendering);
			if (page == null) {
				rendering.copyBodyToResponse();
				return;
			}
			this.pages.put(key, page);
		}
		page.send(request, response);
	}

	/** A rendered page as it is sent again and again. */
	record Page(Map<String, List<String>> headers, byte[] body, byte[] gzipped, String etag) {

		/** The rendered response as a page to keep, or null where it must not be kept. */
		static Page keep(ContentCachingResponseWrapper rendering) {
			String type = rendering.getContentType();
			if (rendering.getStatus() != HttpServletResponse.SC_OK || type == null
					|| !KEPT_TYPES.contains(type.split(";")[0].strip().toLowerCase(Locale.ROOT))
					|| rendering.containsHeader(HttpHeaders.CACHE_CONTROL)) {
				return null;
			}
			var headers = new LinkedHashMap<String, List<String>>();
			for (String name : rendering.getHeaderNames()) {
				if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
					headers.put(name, List.copyOf(rendering.getHeaders(name)));
				}
			}
			byte[] body = rendering.getContentAsByteArray();
			if (type.startsWith("text/html")) {
				body = withoutIndentation(body);
			}
			byte[] gzipped = (body.length >= SMALLEST_WORTH_GZIPPING) ? gzip(body) : null;
			return new Page(Collections.unmodifiableMap(headers), body, gzipped, etag(body));
		}

		void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.resetBuffer();
			for (Map.Entry<String, List<String>> header : this.headers.entrySet()) {
				List<String> values = header.getValue();
				response.setHeader(header.getKey(), values.get(0));
				for (int i = 1; i < values.size(); i++) {
					response.addHeader(header.getKey(), values.get(i));
				}
			}
			response.setHeader(HttpHeaders.ETAG, this.etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			response.setStatus(HttpServletResponse.SC_OK);
			byte[] content = this.body;
			if (this.gzipped != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				content = this.gzipped;
			}
			response.setContentLength(content.length);
			// One buffer for the whole page: written to the socket at once, not in 8 KB
			// pieces.
			response.setBufferSize(content.length);
			if (!"HEAD".equals(request.getMethod())) {
				response.getOutputStream().write(content);
			}
		}

		private boolean matches(String ifNoneMatch) {
			if (ifNoneMatch == null) {
				return false;
			}
			for (String tag : ifNoneMatch.split(",")) {
				String candidate = tag.strip();
				if (candidate.startsWith("W/")) {
					candidate = candidate.substring(2);
				}
				if (candidate.equals("*") || candidate.equals(this.etag)) {
					return true;
				}
			}
			return false;
		}

		private static boolean acceptsGzip(String acceptEncoding) {
			if (acceptEncoding == null) {
				return false;
			}
			for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
				String[] parts = coding.split(";");
				if (parts[0].strip().equals("gzip")) {
					return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
				}
			}
			return false;
		}

		/**
		 * The templates' indentation is an eighth of a page and means nothing to a
		 * browser: the pages have no {@code pre} or {@code textarea}, and the line break
		 * that stays keeps words apart.
		 */
		static byte[] withoutIndentation(byte[] html) {
			String text = new String(html, StandardCharsets.UTF_8);
			return INDENTATION.matcher(text).replaceAll("\n").getBytes(StandardCharsets.UTF_8);
		}

		private static String etag(byte[] body) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
				return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
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

	}

}
