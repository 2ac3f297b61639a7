package io.execroles.web;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets and images are linked by addresses that carry a hash of their content
 * (/css/site-1a2b….css), so a browser may keep them for a year without asking again: a
 * changed file gets a new address.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	private static final String[] FOLDERS = { "css", "images", "fonts" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
				// The stylesheet's url(…) of the fonts get their hashed addresses too.
				.addTransformer(new CssLinkResourceTransformer());
		}
	}

	/** Rewrites the links that templates build with @{…} to the hashed addresses. */
	@Bean
	ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
		return new ResourceUrlEncodingFilter();
	}

}
