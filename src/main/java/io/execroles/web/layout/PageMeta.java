package io.execroles.web.layout;

/**
 * What the layout needs to introduce a page to browsers, search engines and link
 * previews. {@code path} is the page's canonical path, or null for pages that have none
 * (errors); {@code indexable} is false for pages search engines should leave out (errors,
 * search results). {@code image} is the page's link-preview picture, or null.
 */
public record PageMeta(String title, String description, String path, String type, boolean indexable,
		PreviewImage image) {

	public static PageMeta page(String title, String description, String path) {
		return new PageMeta(title, description, path, "website", true, null);
	}

	public static PageMeta article(String title, String description, String path) {
		return new PageMeta(title, description, path, "article", true, null);
	}

	/** A page with its own address that search engines should not index. */
	public static PageMeta unlisted(String title, String description, String path) {
		return new PageMeta(title, description, path, "website", false, null);
	}

	public static PageMeta error(String title, String description) {
		return new PageMeta(title, description, null, "website", false, null);
	}

	/**
	 * The part of the site the page belongs to, as the navigation names it: the first
	 * segment of its path ("roles" for /roles/cto), "home" for the home page, or "" for a
	 * page without a path.
	 */
	public String section() {
		if (this.path == null) {
			return "";
		}
		if (this.path.equals("/")) {
			return "home";
		}
		String rest = this.path.substring(1);
		int end = rest.indexOf('/');
		int query = rest.indexOf('?');
		end = (end < 0) ? query : ((query < 0) ? end : Math.min(end, query));
		return (end < 0) ? rest : rest.substring(0, end);
	}

	public PageMeta withImage(PreviewImage image) {
		return new PageMeta(this.title, this.description, this.path, this.type, this.indexable, image);
	}

	/** The picture a link preview shows: where it is, and what it shows in words. */
	public record PreviewImage(String path, String alt) {
	}

}
