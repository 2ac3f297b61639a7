package io.execroles.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;

import io.execroles.content.ContentDocuments.AspectDocument;
import io.execroles.content.ContentFiles.DocumentFile;
import io.execroles.content.ContentDocuments.NotCoveredDocument;
import io.execroles.content.ContentDocuments.RoleDocument;
import io.execroles.content.ContentDocuments.SourceDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the content documents from a folder (an editor's checkout, a test's copy) or from
 * resources (the application's {@code classpath:content/}), binds each to its record and
 * checks the whole against {@link ContentRules}. Nothing here needs Spring to run but the
 * resource lookup, so the editors' checks run over the documents in a second.
 */
public final class ContentReader {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private ContentReader() {
	}

	/** The documents in a folder laid out as {@code content/} is, read and checked. */
	public static ContentDocuments read(Path folder) {
		return files(folder).documents();
	}

	/** The document files in a folder laid out as {@code content/} is. */
	public static ContentFiles files(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new ContentException(List.of(folder + ": no such folder of content documents"));
		}
		var files = new ArrayList<DocumentFile>();
		for (String subfolder : List.of(ContentDocuments.SOURCES, ContentDocuments.ROLES, ContentDocuments.ASPECTS)) {
			Path dir = folder.resolve(subfolder);
			if (Files.isDirectory(dir)) {
				try (Stream<Path> list = Files.list(dir)) {
					list.filter(file -> file.getFileName().toString().endsWith(".yaml"))
						.forEach(file -> files.add(file(subfolder + "/" + file.getFileName(), bytes(file))));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		Path notCovered = folder.resolve(ContentDocuments.NOT_COVERED);
		if (Files.isRegularFile(notCovered)) {
			files.add(file(ContentDocuments.NOT_COVERED, bytes(notCovered)));
		}
		return files(files);
	}

	/**
	 * The document files at a resource location such as {@code classpath:content/} or
	 * {@code file:/srv/content/}.
	 */
	public static ContentFiles files(ResourcePatternResolver resolver, String location) {
		String base = location.endsWith("/") ? location : location + "/";
		var files = new ArrayList<DocumentFile>();
		try {
			for (String subfolder : List.of(ContentDocuments.SOURCES, ContentDocuments.ROLES,
					ContentDocuments.ASPECTS)) {
				for (Resource resource : resolver.getResources(base + subfolder + "/*.yaml")) {
					files.add(file(subfolder + "/" + resource.getFilename(), resource.getContentAsByteArray()));
				}
			}
			Resource notCovered = resolver.getResource(base + ContentDocuments.NOT_COVERED);
			if (notCovered.exists()) {
				files.add(file(ContentDocuments.NOT_COVERED, notCovered.getContentAsByteArray()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the content documents at " + location, ex);
		}
		if (files.isEmpty()) {
			throw new ContentException(List.of(location + ": no content documents there"));
		}
		return files(files);
	}

	private static ContentFiles files(List<DocumentFile> unordered) {
		List<DocumentFile> files = unordered.stream().sorted(Comparator.comparing(DocumentFile::name)).toList();
		return new ContentFiles(files, version(files));
	}

	static ContentDocuments parse(ContentFiles content) {
		List<DocumentFile> files = content.files();
		var problems = new ArrayList<String>();
		var sources = new LinkedHashMap<String, SourceDocument>();
		var roles = new LinkedHashMap<String, RoleDocument>();
		var aspects = new LinkedHashMap<String, AspectDocument>();
		NotCoveredDocument notCovered = new NotCoveredDocument(List.of());
		for (DocumentFile file : files) {
			String folder = file.name().contains("/") ? file.name().substring(0, file.name().indexOf('/')) : "";
			String slug = file.name().substring(file.name().lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
			switch (folder) {
				case ContentDocuments.SOURCES ->
					bind(file, SourceDocument.class, problems, doc -> sources.put(slug, doc));
				case ContentDocuments.ROLES -> bind(file, RoleDocument.class, problems, doc -> roles.put(slug, doc));
				case ContentDocuments.ASPECTS ->
					bind(file, AspectDocument.class, problems, doc -> aspects.put(slug, doc));
				default -> {
					NotCoveredDocument[] read = new NotCoveredDocument[1];
					bind(file, NotCoveredDocument.class, problems, doc -> read[0] = doc);
					if (read[0] != null) {
						notCovered = read[0];
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ContentException(problems);
		}
		var documents = new ContentDocuments(sources, roles, aspects, notCovered, content.version());
		ContentRules.check(documents);
		return documents;
	}

	private static <T> void bind(DocumentFile file, Class<T> type, List<String> problems,
			java.util.function.Consumer<T> found) {
		try {
			T document = YAML.readValue(file.text(), type);
			if (document == null) {
				problems.add(file.name() + ": the document is empty");
				return;
			}
			found.accept(document);
		}
		catch (JacksonException ex) {
			problems.add(file.name() + ": " + describe(ex));
		}
	}

	/**
	 * Jackson's complaint as an editor reads it: the field's path first ("statements[2]
	 * .kind"), then the line, then what is wrong.
	 */
	static String describe(JacksonException ex) {
		var path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		String where = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
				? " (line " + ex.getLocation().getLineNr() + ")" : "";
		String message = (ex instanceof UnrecognizedPropertyException unknown)
				? "is not a field of this document (it has: " + String.join(", ",
						unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()) + ")"
				: ex.getOriginalMessage().lines().findFirst().orElse("").strip();
		return (path.isEmpty() ? "" : path + ": ") + message + where;
	}

	/**
	 * A hash of every document's name and bytes, in name order: the content's version.
	 * Any edit changes it; a rebuild without one does not.
	 */
	private static String version(List<DocumentFile> files) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			for (DocumentFile file : files) {
				digest.update(file.name().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.text().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DocumentFile file(String name, byte[] bytes) {
		return new DocumentFile(name, new String(bytes, StandardCharsets.UTF_8));
	}

}
