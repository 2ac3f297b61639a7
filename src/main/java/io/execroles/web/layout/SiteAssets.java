package io.execroles.web.layout;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The addresses the layout links its stylesheet, font and icon by: each carries a hash of
 * the file's content (/css/site-1a2b….css), so a browser may keep it for a year. Worked
 * out once per file, from the resource chain that serves them.
 */
@Component
public class SiteAssets {

	private final ObjectProvider<ResourceUrlProvider> resources;

	private final Map<String, String> hashed = new ConcurrentHashMap<>();

	SiteAssets(@Qualifier("mvcResourceUrlProvider") ObjectProvider<ResourceUrlProvider> resources) {
		this.resources = resources;
	}

	public String stylesheet() {
		return hashed("/css/site.css");
	}

	public String font() {
		return hashed("/fonts/NotoSans-Regular.woff2");
	}

	public String icon() {
		return hashed("/images/favicon.svg");
	}

	private String hashed(String path) {
		return this.hashed.computeIfAbsent(path, plain -> {
			String address = this.resources.getObject().getForLookupPath(plain);
			if (address == null) {
				throw new IllegalStateException("no static file at " + plain);
			}
			return address;
		});
	}

}
