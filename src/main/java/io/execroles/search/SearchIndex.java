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
import java.util.stream.Collectors;

import io.execroles.role.Aspect;
import io.execroles.role.Attribute;
import io.execroles.role.Responsibility;
import io.execroles.role.Role;
import io.execroles.role.RoleRepository;
import io.execroles.role.RoleService;
import io.execroles.role.RoleSummary;
import io.execroles.role.Statement;
import io.execroles.source.Citation;
import io.execroles.source.SourceRepository;
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

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * An in-memory Lucene index of what a reader may search for: every statement (with the
 * roles that hold it and its aspect), every aspect's name and question, and every cited
 * passage. The content changes only with a migration, which means a restart, so the index
 * is built once, from the database, the first time anyone searches, and then only read.
 */
@Component
class SearchIndex {

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

	private final RoleRepository roles;

	private final SourceRepository sources;

	private final RoleService roleService;

	private volatile Built built;

	SearchIndex(@Lazy RoleRepository roles, @Lazy SourceRepository sources, RoleService roleService) {
		this.roles = roles;
		this.sources = sources;
		this.roleService = roleService;
	}

	/**
	 * The index, built on first use. Its weights rank a statement above the row it stands
	 * in, and both above the passage it cites, where they match alike: a reader wants the
	 * site's answer first, and the evidence one click away.
	 */
	Built get() {
		Built index = this.built;
		if (index == null) {
			synchronized (this) {
				index = this.built;
				if (index == null) {
					index = build();
					this.built = index;
				}
			}
		}
		return index;
	}

	/**
	 * The analyzer the index was written with: the site's English, and plain words for
	 * the vocabulary.
	 */
	static Analyzer analyzer() {
		return new PerFieldAnalyzerWrapper(SiteAnalyzer.forTexts(), Map.of(WORDS, new SimpleAnalyzer()));
	}

	private Built build() {
		long start = System.nanoTime();
		Map<String, RoleSummary> roleSummaries = this.roleService.findAll()
			.stream()
			.collect(Collectors.toMap(RoleSummary::slug, role -> role, (a, b) -> a, LinkedHashMap::new));
		var entries = new HashMap<String, Entry>();
		var directory = new ByteBuffersDirectory();
		try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer()))) {
			List<Statement> statements = this.roles.findStatementsHeldByAnyOf(List.copyOf(roleSummaries.keySet()))
				.stream()
				.sorted(RoleService.PAGE_ORDER)
				.toList();
			for (Statement statement : statements) {
				List<String> holders = statement.getRoles()
					.stream()
					.sorted(Comparator.comparingInt(Role::getDisplayOrder))
					.map(Role::getSlug)
					.toList();
				Aspect aspect = statement.getAspect();
				var document = document(Entry.Type.STATEMENT, statement.getSlug(), statement.getText(), 1.0);
				document.add(new TextField(ASPECT, aspect.getName(), Field.Store.NO));
				holders.forEach(role -> document.add(new StringField(ROLES, role, Field.Store.NO)));
				writer.addDocument(document);
				entries.put(key(Entry.Type.STATEMENT, statement.getSlug()),
						new Entry(Entry.Type.STATEMENT, statement.getSlug(), statement.getText(), kind(statement),
								aspect.getSlug(), aspect.getName(), holders,
								statement.getCitations().stream().map(Citation::getAnchor).sorted().toList()));
			}
			for (Aspect aspect : this.roles.findAllAspects()) {
				String text = aspect.getName() + ". " + aspect.getQuestion();
				writer.addDocument(document(Entry.Type.ASPECT, aspect.getSlug(), text, 0.8));
				entries.put(key(Entry.Type.ASPECT, aspect.getSlug()), new Entry(Entry.Type.ASPECT, aspect.getSlug(),
						text, "Aspect", aspect.getSlug(), aspect.getName(), List.of(), List.of()));
			}
			var passages = new HashMap<String, Citation>();
			for (Citation citation : this.sources.findAllCitations()) {
				writer.addDocument(document(Entry.Type.PASSAGE, citation.getAnchor(), citation.getPassage(), 0.7));
				entries.put(key(Entry.Type.PASSAGE, citation.getAnchor()), new Entry(Entry.Type.PASSAGE,
						citation.getAnchor(), citation.getPassage(), "Passage", null, null, List.of(), List.of()));
				passages.put(citation.getAnchor(), citation);
			}
			writer.commit();
			var reader = DirectoryReader.open(writer);
			var built = new Built(new IndexSearcher(reader), Map.copyOf(entries), roleSummaries,
					passages.values().stream().map(Passage::of).collect(Collectors.toMap(Passage::anchor, p -> p)),
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
		if (statement instanceof Responsibility) {
			return "Responsibility";
		}
		if (statement instanceof Attribute) {
			return "Key attribute";
		}
		return "Fact";
	}

	static String key(Entry.Type type, String id) {
		return type.name() + ":" + id;
	}

	/**
	 * The index with what a result needs to be shown: its entry, its roles, its passages.
	 */
	record Built(IndexSearcher searcher, Map<String, Entry> entries, Map<String, RoleSummary> roles,
			Map<String, Passage> passages, Vocabulary vocabulary) {
	}

	/** A searchable thing as a result shows it. */
	record Entry(Type type, String id, String text, String kind, String aspectSlug, String aspectName,
			List<String> roles, List<String> citations) {

		enum Type {

			STATEMENT, ASPECT, PASSAGE

		}

	}

	/** A cited passage and where it was published. */
	record Passage(String anchor, String text, String sourceSlug, String sourceTitle, String publisher,
			String originalUrl) {

		static Passage of(Citation citation) {
			return new Passage(citation.getAnchor(), citation.getPassage(), citation.getSource().getSlug(),
					citation.getSource().getTitle(), citation.getSource().getPublisher(),
					citation.getSource().getOriginalUrl());
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
