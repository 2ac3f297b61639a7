package io.execroles.web.cache;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.execroles.content.ContentSnapshot;
import io.execroles.web.SiteLimits;
import io.execroles.web.cache.CachedRoutes.Route;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Serves the site's pages from memory once they have been rendered. The content changes
 * only with a release, which means a restart, so a rendered page stays true for the life
 * of the process. It is kept with its gzipped form and an ETag for each, and a repeat
 * visit that sends the ETag back gets 304 with no body. Which answers are kept, the
 * handlers say ({@link CachedResponse}); how much, {@link SiteLimits.PageCache}.
 * <p>
 * However many readers miss a page at the same moment, it is rendered once: the first
 * renders it and the others wait for its bytes ({@code renderWait} at most, then each
 * renders it for itself). Every page carries what caches in front of the site may do with
 * it ({@link SiteLimits.SharedCaches}).
 * <p>
 * It runs after the filters that time requests and add the security headers, so that a
 * page it holds is measured like any other, carries the same headers, and is served at
 * close to the speed of a static file.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageCache extends HttpFilter implements SmartInitializingSingleton {

	private static final int LONGEST_PATH = 256;

	private final Map<CachedResponse.Region, AsyncCache<String, RenderedPage>> regions = new EnumMap<>(
			CachedResponse.Region.class);

	private final ContentSnapshot content;

	private final SiteLimits.PageCache limits;

	private final String cacheControl;

	private final ObjectProvider<RequestMappingHandlerMapping> handlers;

	private volatile CachedRoutes routes;

	/**
	 * The route of each canonical path asked for lately, or none: matching a path against
	 * every route's pattern costs more than sending a kept page. Only canonical paths are
	 * remembered, and no more than {@link SiteLimits.PageCache#paths()} of them.
	 */
	private final Cache<String, Optional<Route>> routeOfPath;

	PageCache(ContentSnapshot content, SiteLimits limits, MeterRegistry meters,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
		this.content = content;
		this.limits = limits.pageCache();
		this.handlers = handlers;
		SiteLimits.SharedCaches shared = limits.sharedCaches();
		this.cacheControl = "public, max-age=" + shared.browserMaxAge().toSeconds() + ", s-maxage="
				+ shared.maxAge().toSeconds() + ", stale-while-revalidate=" + shared.staleWhileRevalidate().toSeconds()
				+ ", stale-if-error=" + shared.staleIfError().toSeconds();
		this.routeOfPath = Caffeine.newBuilder().maximumSize(this.limits.paths()).build();
		for (CachedResponse.Region region : CachedResponse.Region.values()) {
			long bytes = switch (region) {
				case PAGES -> this.limits.pages().toBytes();
				case SEARCHES -> this.limits.searches().toBytes();
			};
			AsyncCache<String, RenderedPage> cache = Caffeine.newBuilder()
				.maximumWeight(bytes)
				.weigher((String key, RenderedPage page) -> page.weight())
				.recordStats()
				.buildAsync();
			this.regions.put(region,
					CaffeineCacheMetrics.monitor(meters, cache, region.name().toLowerCase(Locale.ROOT)));
		}
	}

	/**
	 * The routes are read from the handlers' mappings once all of them exist (an
	 * application that is not a web application has none, and keeps nothing).
	 */
	@Override
	public void afterSingletonsInstantiated() {
		RequestMappingHandlerMapping mapping = this.handlers.getIfAvailable();
		if (mapping != null) {
			this.routes = CachedRoutes.of(mapping.getHandlerMethods());
		}
	}

	/** The header a kept page carries for the caches in front of the site. */
	String cacheControl() {
		return this.cacheControl;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String method = request.getMethod();
		boolean head = "HEAD".equals(method);
		String query = request.getQueryString();
		String path = request.getRequestURI();
		Optional<Route> route = (("GET".equals(method) || head) && this.routes != null && isCanonical(path)
				&& (query == null || query.length() <= this.limits.longestQuery()))
						? this.routeOfPath.get(path, this.routes::find) : Optional.empty();
		if (route.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent(observation -> observation.setPathPattern(route.get().pattern().getPatternString()));
		AsyncCache<String, RenderedPage> cache = this.regions.get(route.get().region());
		String key;
		try {
			key = key(path, request, route.get());
		}
		catch (IllegalStateException ex) {
			// Tomcat will not decode the query (a stray "%", say): the reader's
			// error, answered and counted as one rather than escaping as a 500.
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		if (head) {
			CompletableFuture<RenderedPage> kept = cache.getIfPresent(key);
			RenderedPage page = (kept != null && kept.isDone() && !kept.isCompletedExceptionally()) ? kept.join()
					: null;
			if (page != null) {
				page.send(request, response, this.cacheControl);
			}
			else {
				chain.doFilter(request, response);
			}
			return;
		}
		var mine = new CompletableFuture<RenderedPage>();
		CompletableFuture<RenderedPage> kept = cache.get(key, (k, executor) -> mine);
		if (kept == mine) {
			render(request, response, chain, mine);
			return;
		}
		RenderedPage page = awaitOthers(kept);
		if (page != null) {
			page.send(request, response, this.cacheControl);
		}
		else {
			// Not kept (an error, say), or not ready in time: this request renders its
			// own.
			chain.doFilter(request, response);
		}
	}

	/**
	 * A path of the site's own form: lower-case letters, digits, dots, hyphens and single
	 * slashes, no "..", and short (the site's longest is under a hundred characters).
	 * Anything else is redirected or refused further on, never kept.
	 */
	private static boolean isCanonical(String path) {
		if (path.isEmpty() || path.length() > LONGEST_PATH || path.charAt(0) != '/' || path.contains("//")
				|| path.contains("..")) {
			return false;
		}
		for (int i = 1; i < path.length(); i++) {
			char c = path.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '/' || c == '-')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Renders the page for every request waiting on {@code mine}, keeps it where it may
	 * be kept, and sends it. A future completed with null leaves the cache, and those
	 * waiting render their own.
	 */
	private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			CompletableFuture<RenderedPage> mine) throws IOException, ServletException {
		Set<String> before = new HashSet<>();
		response.getHeaderNames().forEach(name -> before.add(name.toLowerCase(Locale.ROOT)));
		var rendering = new RenderingResponse(response);
		RenderedPage page;
		try {
			chain.doFilter(request, rendering);
			rendering.finish();
			page = RenderedPage.keep(rendering, before, this.content.version());
		}
		catch (IOException | ServletException | RuntimeException ex) {
			mine.complete(null);
			throw ex;
		}
		mine.complete(page);
		if (page != null) {
			page.send(request, response, this.cacheControl);
		}
		else {
			rendering.copyBodyToResponse();
		}
	}

	private RenderedPage awaitOthers(CompletableFuture<RenderedPage> kept) {
		try {
			return kept.get(this.limits.renderWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException | CancellationException ex) {
			return null;
		}
	}

	/**
	 * The path and the route's own parameters, decoded by the servlet container, in a
	 * fixed order, so that equal queries share a key and any other parameter (utm_source,
	 * a cache-buster) neither makes an entry nor misses one.
	 */
	private static String key(String path, HttpServletRequest request, Route route) {
		if (route.parameters().isEmpty()) {
			return path;
		}
		var known = new TreeMap<String, String[]>();
		for (String parameter : route.parameters()) {
			String[] values = request.getParameterValues(parameter);
			if (values != null) {
				known.put(parameter, values);
			}
		}
		var key = new StringBuilder(path);
		known.forEach((name, values) -> {
			for (String value : values) {
				key.append(key.length() == path.length() ? '?' : '&')
					.append(name)
					.append('=')
					.append(value.length())
					.append(':')
					.append(value);
			}
		});
		return key.toString();
	}

}
