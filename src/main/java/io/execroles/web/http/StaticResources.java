package io.execroles.web.http;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets and images are linked by addresses that carry a hash of their content
 * (/css/site-1a2b….css), so a browser may keep them for a year without asking again: a
 * changed file gets a new address.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	private static final String[] FOLDERS = { "css", "images", "fonts" };

	/** By file name: a few dozen static files at most. */
	private final Map<String, String> etags = new ConcurrentHashMap<>();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.setEtagGenerator(this::etag)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
				// The stylesheet's url(…) of the fonts get their hashed addresses too.
				.addTransformer(new CssLinkResourceTransformer());
		}
		// Named one by one rather than Boot's catch-all /**, so that an unknown address
		// is a
		// 404 at once rather than a class path lookup that finds nothing.
		registry.addResourceHandler("/robots.txt", "/api/openapi.json").addResourceLocations("classpath:/static/");
	}

	/**
	 * A browser that revalidates a file anyway (a reload, an unhashed address) gets 304:
	 * the ETag is a hash of what is served, worked out once per file.
	 */
	private String etag(Resource resource) {
		return this.etags.computeIfAbsent(String.valueOf(resource.getFilename()), name -> {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(resource.getContentAsByteArray());
				return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
			}
			catch (IOException | NoSuchAlgorithmException ex) {
				return null;
			}
		});
	}

}
