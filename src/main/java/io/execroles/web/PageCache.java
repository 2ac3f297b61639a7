package io.execroles.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.execroles.content.ContentSnapshot;
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
 * the process: it is kept with its gzipped form and an ETag per form, and a repeat visit
 * that sends the ETag back gets 304 with no body. What is kept, under which key and how
 * much of it, is {@link PageCachePolicy}'s to say.
 * <p>
 * A page larger than a socket's write buffer is also written to a file once, and Tomcat
 * sends that file with sendfile: the kernel copies it to the socket, with no
 * per-connection buffer large enough to hold a page (see {@link TomcatTuning}).
 * <p>
 * It runs before every other filter, so that a page it holds is served at close to the
 * speed of a static file. What later filters add to a response, such as the security
 * headers, is kept with the page and sent again with it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageCache extends HttpFilter {

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

	private static final String SENDFILE = "org.apache.tomcat.sendfile.";

	private final Map<PageCachePolicy.Region, Cache<String, Page>> regions = new EnumMap<>(
			PageCachePolicy.Region.class);

	private final ContentSnapshot content;

	private final PageFiles files;

	PageCache(ContentSnapshot content, PageFiles files) {
		this.content = content;
		this.files = files;
		for (PageCachePolicy.Region region : PageCachePolicy.Region.values()) {
			this.regions.put(region,
					Caffeine.newBuilder()
						.maximumWeight(region.maxBytes)
						.weigher((String key, Page page) -> page.weight())
						.removalListener((String key, Page page, RemovalCause cause) -> {
							if (page != null) {
								page.forget(files);
							}
						})
						.build());
		}
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String method = request.getMethod();
		PageCachePolicy.Key key = ("GET".equals(method) || "HEAD".equals(method))
				? PageCachePolicy.keyFor(request.getRequestURI(), request.getQueryString()) : null;
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Cache<String, Page> cache = this.regions.get(key.region());
		Page page = cache.getIfPresent(key.value());
		if (page == null) {
			if ("HEAD".equals(method)) {
				chain.doFilter(request, response);
				return;
			}
			var rendering = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, rendering);
			page = Page.keep(rendering, this.content.version(), this.files);
			if (page == null) {
				rendering.copyBodyToResponse();
				return;
			}
			cache.put(key.value(), page);
		}
		page.send(request, response);
	}

	/**
	 * One form of a page as it is sent: its bytes, its ETag, and its file for sendfile.
	 */
	record Form(byte[] bytes, String etag, Path file) {

		static Form of(byte[] bytes, String etag, PageFiles files) {
			return new Form(bytes, etag, files.write(bytes, etag));
		}

	}

	/** A rendered page as it is sent again and again. */
	record Page(Map<String, List<String>> headers, Form plain, Form gzipped) {

		/** The rendered response as a page to keep, or null where it must not be kept. */
		static Page keep(ContentCachingResponseWrapper rendering, String version, PageFiles files) {
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
			// The ETag names the bytes, their coding and the content's version: a gzipped
			// and a plain body never share one, nor do two releases.
			String tag = hash(body) + "-" + version;
			Form plain = Form.of(body, "\"" + tag + "\"", files);
			Form gzipped = (body.length >= SMALLEST_WORTH_GZIPPING) ? Form.of(gzip(body), "\"" + tag + "-gzip\"", files)
					: null;
			return new Page(Collections.unmodifiableMap(headers), plain, gzipped);
		}

		/** What the page takes of its cache region. */
		int weight() {
			return this.plain.bytes().length + ((this.gzipped != null) ? this.gzipped.bytes().length : 0) + 1024;
		}

		void forget(PageFiles files) {
			files.delete(this.plain.file());
			if (this.gzipped != null) {
				files.delete(this.gzipped.file());
			}
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
			Form form = (this.gzipped != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)))
					? this.gzipped : this.plain;
			response.setHeader(HttpHeaders.ETAG, form.etag());
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), form.etag())) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
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
			if (form.file() != null && Boolean.TRUE.equals(request.getAttribute(SENDFILE + "support"))) {
				request.setAttribute(SENDFILE + "filename", form.file().toString());
				request.setAttribute(SENDFILE + "start", 0L);
				request.setAttribute(SENDFILE + "end", (long) form.bytes().length);
				return;
			}
			// One buffer for the whole page: written to the socket at once, not in
			// pieces.
			response.setBufferSize(form.bytes().length);
			response.getOutputStream().write(form.bytes());
		}

		private static boolean matches(String ifNoneMatch, String etag) {
			if (ifNoneMatch == null) {
				return false;
			}
			for (String tag : ifNoneMatch.split(",")) {
				String candidate = tag.strip();
				if (candidate.startsWith("W/")) {
					candidate = candidate.substring(2);
				}
				if (candidate.equals("*") || candidate.equals(etag)) {
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

	}

}
