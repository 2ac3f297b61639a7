package io.execroles.source;

/**
 * The addresses of the source pages, in one place so that links and controllers agree.
 */
public final class SourcePaths {

	private SourcePaths() {
	}

	public static String source(String slug) {
		return "/sources/" + slug;
	}

	public static String passage(String sourceSlug, String anchor) {
		return source(sourceSlug) + "#" + anchor;
	}

}
