package io.execroles.content;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The content's two forms: the documents, read once to migrate the database, and the
 * snapshot of what the database then holds, which every page is made from.
 */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

	/**
	 * @param location where the documents are: the jar's own by default, or a folder such
	 * as {@code file:/srv/executive-roles/content/}
	 */
	@Bean
	ContentDocuments contentDocuments(ResourcePatternResolver resources,
			@Value("${executive-roles.content.location:classpath:content/}") String location) {
		return ContentReader.read(resources, location);
	}

	@Bean
	ContentSnapshot contentSnapshot(ContentLoader loader) {
		return loader.load();
	}

}
