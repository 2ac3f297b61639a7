package io.execroles.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What the page cache keeps: the site's own pages and copies, named here, and nothing
 * else (never Actuator, never an error). Each route lists the query parameters that
 * change what it shows; any other parameter (utm_source, a cache-buster) is left out of
 * the key, so it can neither make an entry nor miss one. Only canonical addresses are
 * kept: a path with percent-escapes is one the site redirects or refuses.
 * <p>
 * Search results live in a region of their own, so that a flood of distinct queries can
 * only push out other search results, never the site's pages.
 */
final class PageCachePolicy {

	/** Where a kept response lives, and how much of the heap that may take. */
	enum Region {

		/**
		 * The site's pages and copies: a few dozen for two roles, some hundreds for ten.
		 * 16 MB holds all of them for a site of a few roles and bounds them for more.
		 */
		PAGES(16L * 1024 * 1024),

		/**
		 * Search results: as many queries as 4 MB holds, the least used leaving first.
		 */
		SEARCHES(4L * 1024 * 1024);

		final long maxBytes;

		Region(long maxBytes) {
			this.maxBytes = maxBytes;
		}

	}

	private static final List<Route> ROUTES = List.of(route("/", Region.PAGES), route("/roles", Region.PAGES),
			route("/roles/{slug}", Region.PAGES), route("/compare", Region.PAGES, "roles", "action"),
			route("/compare/{names}.csv", Region.PAGES), route("/compare/{names}", Region.PAGES, "only"),
			route("/sources", Region.PAGES), route("/sources/{slug}", Region.PAGES), route("/api/roles", Region.PAGES),
			route("/api/roles/{slug}", Region.PAGES), route("/api/compare/{names}", Region.PAGES),
			route("/api/openapi.json", Region.PAGES), route("/search", Region.SEARCHES, "q", "role"),
			route("/api/search", Region.SEARCHES, "q", "role"));

	/** What a canonical path of the site is made of. */
	private static final Pattern CANONICAL_PATH = Pattern.compile("/[a-z0-9./-]*");

	/** A query string longer than any the site makes is not kept. */
	private static final int LONGEST_QUERY = 300;

	private PageCachePolicy() {
	}

	/**
	 * Where a request's response would be kept and under which key, or null where it is
	 * not to be kept.
	 */
	static Key keyFor(String path, String query) {
		if (!CANONICAL_PATH.matcher(path).matches() || path.contains("//") || path.contains("..")
				|| (query != null && query.length() > LONGEST_QUERY)) {
			return null;
		}
		PathContainer container = PathContainer.parsePath(path);
		for (Route route : ROUTES) {
			if (route.pattern().matches(container)) {
				return new Key(route.region(), path + known(query, route.parameters()));
			}
		}
		return null;
	}

	/**
	 * The route's own parameters, decoded, in a fixed order, so that equal queries share
	 * a key.
	 */
	private static String known(String query, Set<String> parameters) {
		if (query == null || query.isEmpty() || parameters.isEmpty()) {
			return "";
		}
		var kept = new TreeMap<String, List<String>>();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			if (parameters.contains(name)) {
				kept.computeIfAbsent(name, n -> new ArrayList<>())
					.add(decode((equals < 0) ? "" : pair.substring(equals + 1)));
			}
		}
		if (kept.isEmpty()) {
			return "";
		}
		var key = new StringBuilder();
		kept.forEach((name,
				values) -> values.forEach(value -> key.append(key.isEmpty() ? '?' : '&')
					.append(name)
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
		return key.toString();
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// A malformed escape: keep it as it came, so it gets a key of its own.
			return text;
		}
	}

	private static Route route(String pattern, Region region, String... parameters) {
		return new Route(PathPatternParser.defaultInstance.parse(pattern), Set.of(parameters), region);
	}

	record Route(PathPattern pattern, Set<String> parameters, Region region) {
	}

	record Key(Region region, String value) {
	}

}
