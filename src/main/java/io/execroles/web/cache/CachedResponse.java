package io.execroles.web.cache;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose answers the {@link PageCache} may keep: it answers a GET from the
 * content snapshot alone, the same for everyone, and the query parameters it binds with
 * {@code @RequestParam} are all that can change it. A feature says this on its own
 * handler; the cache learns its route from the handler's mapping.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CachedResponse {

	/** Where the answers are kept. */
	Region region() default Region.PAGES;

	/** A part of the cache with a size of its own ({@code SiteLimits.PageCache}). */
	enum Region {

		/** The site's pages and copies: few, asked for again and again. */
		PAGES,

		/**
		 * Search results: any number of distinct queries, so they push out only each
		 * other.
		 */
		SEARCHES

	}

}
