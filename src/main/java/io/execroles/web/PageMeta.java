package io.execroles.web;

/**
 * What the layout needs to introduce a page to browsers, search engines and link
 * previews. {@code path} is the page's canonical path, or null for pages that must not be
 * indexed (errors).
 */
public record PageMeta(String title, String description, String path, String type) {

	public static PageMeta page(String title, String description, String path) {
		return new PageMeta(title, description, path, "website");
	}

	public static PageMeta article(String title, String description, String path) {
		return new PageMeta(title, description, path, "article");
	}

	public static PageMeta error(String title, String description) {
		return new PageMeta(title, description, null, "website");
	}

	public boolean indexable() {
		return this.path != null;
	}

}
