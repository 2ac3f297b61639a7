package io.execroles.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every bound the site keeps, with its reason, in one place: what the page cache may hold
 * and how long a request waits for another's rendering, what shared caches may keep, how
 * many connections and workers, how long a client has. Set any of them as
 * {@code executive-roles.limits.…}, for example
 * {@code --executive-roles.limits.connections.max=8192}.
 */
@ConfigurationProperties("executive-roles.limits")
public record SiteLimits(@DefaultValue PageCache pageCache, @DefaultValue SharedCaches sharedCaches,
		@DefaultValue Connections connections, @DefaultValue Search search,
		@DefaultValue("8MB") DataSize previewImages) {

	/**
	 * What the page cache keeps, in memory. The whole site is a few MB: its pages stay
	 * for the life of the process. Searches have a region of their own, so that a flood
	 * of distinct searches pushes out only other searches, never a page.
	 *
	 * @param pages the pages and copies, plain and gzipped: a few dozen for two roles,
	 * some hundreds for ten
	 * @param searches search results, the least used leaving first
	 * @param longestQuery a query string longer than any the site makes is not kept
	 * @param renderWait how long a request waits for another that is rendering the same
	 * page before it renders the page itself
	 * @param paths how many canonical paths' routes are remembered: ten roles and their
	 * comparisons make some fifteen hundred addresses
	 */
	public record PageCache(@DefaultValue("16MB") DataSize pages, @DefaultValue("4MB") DataSize searches,
			@DefaultValue("300") int longestQuery, @DefaultValue("10s") Duration renderWait,
			@DefaultValue("4096") int paths) {
	}

	/**
	 * What a page tells the caches in front of the site (nginx's proxy cache, a CDN). The
	 * content changes only with a release.
	 *
	 * @param browserMaxAge how long a browser uses a page without asking again; after
	 * that its ETag makes asking cheap
	 * @param maxAge how long a shared cache serves a page without asking (s-maxage): a
	 * release shows within this, or at once where the cache is purged
	 * @param staleWhileRevalidate how long past that it may serve the page while it asks
	 * again in the background
	 * @param staleIfError how long it may serve the page when the site fails or is away
	 */
	public record SharedCaches(@DefaultValue("1m") Duration browserMaxAge, @DefaultValue("1h") Duration maxAge,
			@DefaultValue("4h") Duration staleWhileRevalidate, @DefaultValue("1d") Duration staleIfError) {
	}

	/**
	 * Connections. Each open one, busy or idle, holds a read and a write buffer on the
	 * heap: 4 KB + 8 KB for each of 4,096 is 48 MB at most. Beyond {@code max}, new
	 * connections wait in the kernel's queue ({@code acceptCount}) until one closes.
	 *
	 * @param max open connections at most
	 * @param acceptCount connections the kernel holds while all are open
	 * @param workers threads serving requests: pages come from memory, so the work is CPU
	 * work, and a few workers per core beat many that contend for two cores; enough that
	 * a few slow readers of a large page leave most of them free
	 * @param requestTimeout how long a client has for each part of its request line and
	 * headers, so a slow one cannot hold a worker or a half-read request for long
	 * @param keepAlive how long an idle keep-alive connection stays open (as long as a
	 * balancer's pooled connection may wait); it costs only its buffers meanwhile
	 * @param maxRequestHeaderSize the request line and headers at most: the site's are a
	 * line and a few headers
	 * @param readBuffer each connection's read buffer
	 * @param writeBuffer each connection's write buffer
	 */
	public record Connections(@DefaultValue("4096") int max, @DefaultValue("512") int acceptCount,
			@DefaultValue("16") int workers, @DefaultValue("5s") Duration requestTimeout,
			@DefaultValue("60s") Duration keepAlive, @DefaultValue("8KB") DataSize maxRequestHeaderSize,
			@DefaultValue("4KB") DataSize readBuffer, @DefaultValue("8KB") DataSize writeBuffer) {
	}

	/**
	 * @param longestQuery characters of a query at most: longer than any statement could
	 * match
	 * @param mostResults results on a page at most: the answer stands above them, and a
	 * site of nine aspects has few more worth reading for one query
	 */
	public record Search(@DefaultValue("100") int longestQuery, @DefaultValue("10") int mostResults) {
	}

}
