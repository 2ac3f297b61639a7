package io.execroles.content.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.execroles.TestContent;
import io.execroles.content.ContentDocuments;
import io.execroles.content.ContentException;
import io.execroles.content.ContentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The documents read as the site reads them, match the schema editors' tools check them
 * by, and a broken one is answered with its file and field.
 */
class DocumentsTest {

	/**
	 * Where the schemas are found: content/schema, under an address of their own, so that
	 * their references to each other resolve as editors' tools resolve them.
	 */
	static final String SCHEMAS = "https://schemas.execroles.test/";

	@Test
	void theContentFolderReadsWithoutAProblem() {
		ContentDocuments documents = Documents.get();
		assertThat(documents.sources()).isNotEmpty();
		assertThat(documents.roles()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(documents.aspects()).isNotEmpty();
		assertThat(documents.version()).matches("[0-9a-f]{12}");
	}

	@Test
	void everyDocumentMatchesTheSchemaEditorsToolsCheckItBy() throws IOException {
		SchemaRegistry schemas = schemas();
		var problems = new ArrayList<String>();
		int checked = 0;
		for (Path file : yamlFiles()) {
			String kind = Documents.FOLDER.relativize(file).getNameCount() == 1
					? file.getFileName().toString().replace(".yaml", "")
					: switch (file.getParent().getFileName().toString()) {
						case "sources" -> "source";
						case "roles" -> "role";
						default -> "aspect";
					};
			Schema schema = schemas.getSchema(SchemaLocation.of(SCHEMAS + kind + ".schema.json"));
			schema.validate(Files.readString(file), InputFormat.YAML)
				.forEach(error -> problems.add(Documents.FOLDER.relativize(file) + ": " + error));
			assertThat(Files.readString(file)).as("%s names its schema for editors' tools", file)
				.startsWith("# yaml-language-server: $schema=");
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(5);
		assertThat(problems).isEmpty();
	}

	@Test
	void theSchemaRefusesWhatTheSiteRefuses() {
		Schema aspect = schemas().getSchema(SchemaLocation.of(SCHEMAS + "aspect.schema.json"));
		String valid = """
				name: Reporting line
				question: Whom does the role report to?
				order: 1
				statements:
				  - {id: a-b, kind: fact, roles: [cto], text: Reports., cite: [reporting-lines]}
				""";
		assertThat(aspect.validate(valid, InputFormat.YAML)).isEmpty();
		assertThat(aspect.validate(valid.replace("kind: fact", "kind: facts"), InputFormat.YAML)).isNotEmpty();
		assertThat(aspect.validate(valid.replace("cite: [reporting-lines]", "cite: []"), InputFormat.YAML))
			.isNotEmpty();
		assertThat(aspect.validate(valid + "colour: red\n", InputFormat.YAML)).as("an unknown field").isNotEmpty();
	}

	@Test
	void everyPassageIsCitedSomewhere() {
		ContentDocuments documents = Documents.get();
		Set<String> cited = new HashSet<>();
		documents.roles().values().forEach(role -> {
			cited.addAll(role.summary().cite());
			cited.addAll(role.lead().cite());
		});
		documents.aspects().values().forEach(aspect -> {
			aspect.statements().forEach(statement -> cited.addAll(statement.cite()));
			if (aspect.notes() != null) {
				aspect.notes().forEach(note -> cited.addAll(note.cite()));
			}
			if (aspect.glance() != null) {
				aspect.glance().forEach(line -> line.gists().values().forEach(gist -> cited.addAll(gist.cite())));
			}
		});
		var unused = new ArrayList<String>();
		documents.sources()
			.forEach((slug, source) -> source.passages()
				.keySet()
				.stream()
				.filter(id -> !cited.contains(id))
				.forEach(id -> unused.add("sources/" + slug + ".yaml: passages." + id)));
		assertThat(unused).as("passages that nothing cites").isEmpty();
	}

	/**
	 * Each row: the file to break, the text to find, what to put instead, and what the
	 * error must say (the file, the field and the problem).
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					aspects/reporting-line.yaml | kind: fact                 | kind: facts                | aspects/reporting-line.yaml: statements[0].kind: “facts” is not one of responsibility, attribute, fact
					aspects/reporting-line.yaml | cite: [reporting-lines]    | cite: [no-such-passage]    | aspects/reporting-line.yaml: glance[0].gists.cto.cite[0]: no source has a passage “no-such-passage”
					aspects/reporting-line.yaml | roles: [cto]               | roles: [cxo]               | aspects/reporting-line.yaml: statements[0].roles: no role “cxo”
					aspects/reporting-line.yaml | question:                  | questoin:                  | aspects/reporting-line.yaml: questoin: is not a field of this document
					roles/cto.yaml              | colour: '#                 | colour: '#z                | roles/cto.yaml: colour: must be a colour written #rrggbb in lower case
					sources/difference-between-cto-and-cio.yaml | reporting-lines: In many cases | reporting-lines: In most cases | sources/difference-between-cto-and-cio.yaml: passages.reporting-lines: does not stand verbatim in the article
					""")
	void aBrokenDocumentIsAnsweredWithItsFileAndField(String file, String find, String replace, String expected,
			@TempDir Path copy) throws IOException {
		TestContent.copyTo(copy);
		Path broken = copy.resolve(file);
		String text = Files.readString(broken);
		assertThat(text).as("the test's own premise: %s holds “%s”", file, find).contains(find);
		Files.writeString(broken, text.replaceFirst(java.util.regex.Pattern.quote(find),
				java.util.regex.Matcher.quoteReplacement(replace)));
		assertThatExceptionOfType(ContentException.class).isThrownBy(() -> ContentReader.read(copy))
			.satisfies(ex -> assertThat(ex.problems()).anySatisfy(problem -> assertThat(problem).startsWith(expected)));
	}

	static SchemaRegistry schemas() {
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				registry -> registry.schemas((String iri) -> {
					if (!iri.startsWith(SCHEMAS)) {
						return null;
					}
					try {
						return Files
							.readString(Documents.FOLDER.resolve("schema").resolve(iri.substring(SCHEMAS.length())));
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}));
	}

	private static List<Path> yamlFiles() throws IOException {
		try (Stream<Path> files = Files.walk(Documents.FOLDER)) {
			return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
		}
	}

}
