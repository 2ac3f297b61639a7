package io.execroles.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import io.execroles.content.Aspect;
import io.execroles.content.ContentSnapshot;
import io.execroles.content.Passage;
import io.execroles.content.Role;
import io.execroles.content.Statement;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.SimpleAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An in-memory Lucene index of what a reader may search for: every statement (with the
 * roles that hold it and its aspect), every aspect's name and question, and every cited
 * passage. The content changes only with a migration, which means a restart, so the index
 * is built once, from the content snapshot, as the application starts, and then only
 * read.
 */
@Component
class SearchIndex implements HealthIndicator {

	static final String TYPE = "type";

	static final String ID = "id";

	static final String TEXT = "text";

	/** A statement's aspect: words a reader may use for the row it stands in. */
	static final String ASPECT = "aspect";

	static final String ROLES = "roles";

	/**
	 * Every word as written, unstemmed: the vocabulary that spelling suggestions come
	 * from.
	 */
	static final String WORDS = "words";

	static final String WEIGHT = "weight";

	private static final Log logger = LogFactory.getLog(SearchIndex.class);

	private final CompletableFuture<Built> built;

	private final ContentSnapshot content;

	private final AtomicBoolean started = new AtomicBoolean();

	SearchIndex(ContentSnapshot content) {
		this.content = content;
		this.built = new CompletableFuture<>();
	}

	/**
	 * Starts building the index once the application is ready, on a thread of its own:
	 * built during start-up, it would take a core from the start on a two-core machine,
	 * and pages need it not. A search that comes before it is done waits for it, and the
	 * instance reports itself ready only once it is done ({@link #health()}).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void startBuilding() {
		if (!this.started.compareAndSet(false, true)) {
			return;
		}
		var builder = new Thread(() -> {
			try {
				this.built.complete(build(this.content));
			}
			catch (RuntimeException | Error ex) {
				logger.error("The search index could not be built", ex);
				this.built.completeExceptionally(ex);
			}
		}, "search-index");
		builder.setDaemon(true);
		builder.start();
	}

	/**
	 * The index. Its weights rank a statement above the row it stands in, and both above
	 * the passage it cites, where they match alike: a reader wants the site's answer
	 * first, and the evidence one click away.
	 */
	Built get() {
		if (!this.built.isDone()) {
			// Outside a running application (a test's context before it is ready, say),
			// nothing else starts it.
			startBuilding();
		}
		return this.built.join();
	}

	/** Out of service, for the readiness probe, until the index is built. */
	@Override
	public Health health() {
		if (this.built.isCompletedExceptionally()) {
			return Health.down().withDetail("index", "could not be built").build();
		}
		return this.built.isDone() ? Health.up().build()
				: Health.outOfService().withDetail("index", "building").build();
	}

	/**
	 * The analyzer the index was written with: the site's English, and plain words for
	 * the vocabulary.
	 */
	static Analyzer analyzer() {
		return new PerFieldAnalyzerWrapper(SiteAnalyzer.forTexts(), Map.of(WORDS, new SimpleAnalyzer()));
	}

	private static Built build(ContentSnapshot content) {
		long start = System.nanoTime();
		Map<String, Role> roleSummaries = content.roles()
			.stream()
			.collect(Collectors.toMap(Role::slug, role -> role, (a, b) -> a, LinkedHashMap::new));
		var entries = new HashMap<String, Entry>();
		// Where a passage is used: the aspect of the first statement that cites it.
		var aspectOfPassage = new HashMap<String, Aspect>();
		content.statements()
			.forEach(statement -> statement.passages()
				.forEach(passage -> aspectOfPassage.putIfAbsent(passage.anchor(), statement.aspect())));
		var directory = new ByteBuffersDirectory();
		try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer()))) {
			for (Statement statement : content.statements()) {
				List<String> holders = statement.roles().stream().map(Role::slug).toList();
				Aspect aspect = statement.aspect();
				var document = document(Entry.Type.STATEMENT, statement.slug(), statement.text(), 1.0);
				document.add(new TextField(ASPECT, aspect.name(), Field.Store.NO));
				holders.forEach(role -> document.add(new StringField(ROLES, role, Field.Store.NO)));
				writer.addDocument(document);
				entries.put(key(Entry.Type.STATEMENT, statement.slug()),
						new Entry(Entry.Type.STATEMENT, statement.slug(), statement.text(), kind(statement),
								aspect.slug(), aspect.name(), holders,
								statement.passages().stream().map(Passage::anchor).toList()));
			}
			for (Aspect aspect : content.aspects()) {
				String text = aspect.name() + ". " + aspect.question();
				writer.addDocument(document(Entry.Type.ASPECT, aspect.slug(), text, 0.8));
				entries.put(key(Entry.Type.ASPECT, aspect.slug()), new Entry(Entry.Type.ASPECT, aspect.slug(), text,
						"Aspect", aspect.slug(), aspect.name(), List.of(), List.of()));
			}
			var passages = new HashMap<String, Passage>();
			for (Passage passage : content.passages()) {
				writer.addDocument(document(Entry.Type.PASSAGE, passage.anchor(), passage.text(), 0.5));
				entries.put(key(Entry.Type.PASSAGE, passage.anchor()),
						new Entry(Entry.Type.PASSAGE, passage.anchor(), passage.text(), "Passage",
								aspectOf(aspectOfPassage, passage, Aspect::slug),
								aspectOf(aspectOfPassage, passage, Aspect::name), List.of(), List.of()));
				passages.put(passage.anchor(), passage);
			}
			writer.commit();
			var reader = DirectoryReader.open(writer);
			var built = new Built(new IndexSearcher(reader), Map.copyOf(entries), roleSummaries, Map.copyOf(passages),
					Vocabulary.of(reader));
			long bytes = 0;
			for (String file : directory.listAll()) {
				bytes += directory.fileLength(file);
			}
			logger.info(String.format("Built the search index: %d documents, %d KB, in %d ms", reader.numDocs(),
					bytes / 1024, (System.nanoTime() - start) / 1_000_000));
			return built;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String aspectOf(Map<String, Aspect> aspects, Passage passage,
			java.util.function.Function<Aspect, String> part) {
		Aspect aspect = aspects.get(passage.anchor());
		return (aspect != null) ? part.apply(aspect) : null;
	}

	private static Document document(Entry.Type type, String id, String text, double weight) {
		var document = new Document();
		document.add(new StringField(TYPE, type.name(), Field.Store.YES));
		document.add(new StringField(ID, id, Field.Store.YES));
		document.add(new TextField(TEXT, text, Field.Store.NO));
		document.add(new TextField(WORDS, text, Field.Store.NO));
		document.add(new DoubleDocValuesField(WEIGHT, weight));
		return document;
	}

	private static String kind(Statement statement) {
		return switch (statement.kind()) {
			case RESPONSIBILITY -> "Responsibility";
			case ATTRIBUTE -> "Key attribute";
			case FACT -> "Fact";
		};
	}

	static String key(Entry.Type type, String id) {
		return type.name() + ":" + id;
	}

	/**
	 * The index with what a result needs to be shown: its entry, its roles, its passages.
	 */
	record Built(IndexSearcher searcher, Map<String, Entry> entries, Map<String, Role> roles,
			Map<String, Passage> passages, Vocabulary vocabulary) {
	}

	/** A searchable thing as a result shows it. */
	record Entry(Type type, String id, String text, String kind, String aspectSlug, String aspectName,
			List<String> roles, List<String> citations) {

		enum Type {

			STATEMENT, ASPECT, PASSAGE

		}

	}

	/**
	 * The site's words as written, for spelling suggestions, and a few common ones to
	 * offer when nothing matches.
	 */
	record Vocabulary(Set<String> words, List<String> common) {

		static Vocabulary of(DirectoryReader reader) throws IOException {
			var counts = new HashMap<String, Integer>();
			var terms = org.apache.lucene.index.MultiTerms.getTerms(reader, WORDS);
			if (terms != null) {
				var iterator = terms.iterator();
				for (var term = iterator.next(); term != null; term = iterator.next()) {
					counts.put(term.utf8ToString(), iterator.docFreq());
				}
			}
			List<String> common = counts.entrySet()
				.stream()
				.filter(e -> e.getKey().length() >= 6 && !SiteAnalyzer.STOP_WORDS.contains(e.getKey()))
				.sorted(Map.Entry.<String, Integer>comparingByValue()
					.reversed()
					.thenComparing(Map.Entry.comparingByKey()))
				.limit(6)
				.map(Map.Entry::getKey)
				.collect(Collectors.toCollection(ArrayList::new));
			return new Vocabulary(Set.copyOf(counts.keySet()), List.copyOf(common));
		}

	}

}
