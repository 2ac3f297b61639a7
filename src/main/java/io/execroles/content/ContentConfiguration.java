package io.execroles.content;

import java.util.concurrent.CompletableFuture;

import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The content's two forms: the document files, whose hash Flyway compares with the
 * version it last wrote, and which are read to migrate the database when it differs; and
 * the snapshot of what the database then holds, which every page is made from.
 */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

	/**
	 * @param location where the documents are: the jar's own by default, or a folder such
	 * as {@code file:/srv/executive-roles/content/}
	 */
	@Bean
	ContentFiles contentFiles(ResourcePatternResolver resources,
			@Value("${executive-roles.content.location:classpath:content/}") String location) {
		return ContentReader.files(resources, location);
	}

	/**
	 * The snapshot, read on a thread of its own, in parallel with the rest of start-up
	 * (Hibernate builds its entity manager factory in the background meanwhile).
	 */
	@Bean
	ContentSnapshot contentSnapshot(ContentLoader loader) {
		var loading = new CompletableFuture<ContentSnapshot.Content>();
		var reader = new Thread(() -> {
			try {
				loading.complete(loader.load());
			}
			catch (RuntimeException | Error ex) {
				// Logged here as well: the start may fail first on the main thread, for a
				// reason that is only a consequence of this one.
				LogFactory.getLog(ContentSnapshot.class).error("The content could not be read", ex);
				loading.completeExceptionally(ex);
			}
		}, "content-snapshot");
		reader.setDaemon(true);
		reader.start();
		return new ContentSnapshot(loading);
	}

	/**
	 * The application is started, and may become ready, only once the content is read; a
	 * failure to read it fails the start, so that a supervisor starts it again.
	 */
	@EventListener(ApplicationStartedEvent.class)
	void awaitContent(ApplicationStartedEvent started) {
		started.getApplicationContext().getBean(ContentSnapshot.class).awaitRead();
	}

}
