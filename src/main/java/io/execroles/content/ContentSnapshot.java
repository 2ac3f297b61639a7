package io.execroles.content;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the site shows, read from the database once, at start, and never again: the
 * content changes only when a release migrates it, which means a restart. Every page,
 * copy, picture and search is made from this, so no request after start needs the
 * database, and an outage of any length changes no answer. It is read on a thread of its
 * own while the rest of the application starts; the application is not ready until it has
 * been read ({@link #awaitRead()}), and anything that asks for it sooner waits.
 */
public final class ContentSnapshot {

	private final CompletableFuture<Content> loading;

	/**
	 * A snapshot read elsewhere, on a thread of its own; it is ready when the future is.
	 */
	ContentSnapshot(CompletableFuture<Content> loading) {
		this.loading = loading;
	}

	/** Waits until the content has been read, and fails as reading it failed. */
	public void awaitRead() {
		content();
	}

	/** The hash of the content documents the database was written from. */
	public String version() {
		return content().version;
	}

	/** The articles, in their order. */
	public List<Source> sources() {
		return content().sources;
	}

	public Optional<Source> source(String slug) {
		return Optional.ofNullable(content().sourcesBySlug.get(slug));
	}

	/** Every cited passage, in reading order. */
	public List<Passage> passages() {
		return content().passages;
	}

	/**
	 * The roles, in their order: the first two are the comparison the site leads with.
	 */
	public List<Role> roles() {
		return content().roles;
	}

	public Optional<Role> role(String slug) {
		return Optional.ofNullable(content().rolesBySlug.get(slug));
	}

	/** The aspects, in the order the comparison shows them. */
	public List<Aspect> aspects() {
		return content().aspects;
	}

	public Optional<Aspect> aspect(String slug) {
		return Optional.ofNullable(content().aspectsBySlug.get(slug));
	}

	/** Every statement, aspect by aspect, each in the order its document gives it. */
	public List<Statement> statements() {
		return content().statements;
	}

	/** The lines of the glance, in their order. */
	public List<GlanceLine> glance() {
		return content().glance;
	}

	/** What the articles do not cover. */
	public List<Topic> topics() {
		return content().topics;
	}

	private Content content() {
		try {
			return this.loading.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/**
	 * What the snapshot holds, once read: immutable, so any number of requests read it at
	 * once.
	 */
	static final class Content {

		private final String version;

		private final List<Source> sources;

		private final List<Passage> passages;

		private final List<Role> roles;

		private final List<Aspect> aspects;

		private final List<Statement> statements;

		private final List<GlanceLine> glance;

		private final List<Topic> topics;

		private final Map<String, Source> sourcesBySlug;

		private final Map<String, Role> rolesBySlug;

		private final Map<String, Aspect> aspectsBySlug;

		Content(String version, List<Source> sources, List<Passage> passages, List<Role> roles, List<Aspect> aspects,
				List<Statement> statements, List<GlanceLine> glance, List<Topic> topics) {
			this.version = version;
			this.sources = sorted(sources, Comparator.comparingInt(Source::order));
			this.passages = sorted(passages, Passage.READING_ORDER);
			this.roles = sorted(roles, Comparator.comparingInt(Role::order));
			this.aspects = sorted(aspects, Comparator.comparingInt(Aspect::order));
			this.statements = sorted(statements, Comparator.comparingInt(Statement::order));
			this.glance = sorted(glance, Comparator.comparingInt(GlanceLine::order));
			this.topics = List.copyOf(topics);
			this.sourcesBySlug = bySlug(this.sources, Source::slug);
			this.rolesBySlug = bySlug(this.roles, Role::slug);
			this.aspectsBySlug = bySlug(this.aspects, Aspect::slug);
		}

		private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
			return values.stream().sorted(order).toList();
		}

		private static <T> Map<String, T> bySlug(List<T> values, Function<T, String> slug) {
			return values.stream()
				.collect(Collectors.toMap(slug, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		}

	}

}
