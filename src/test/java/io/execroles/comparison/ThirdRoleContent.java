package io.execroles.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.execroles.TestContent;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The site's content with a third role added as an editor would add it: a role document
 * ({@code roles/cfo.yaml}) and its statements and gist in the aspect documents they
 * answer, plus an aspect every role agrees on. Written to a folder of its own, for a test
 * application to read instead of the site's.
 */
final class ThirdRoleContent {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private ThirdRoleContent() {
	}

	static Path write() {
		try {
			Path folder = TestContent.copyTo(Files.createTempDirectory("third-role-content"));
			Files.writeString(folder.resolve("roles/cfo.yaml"), """
					abbreviation: CFO
					title: Chief Financial Officer
					order: 3
					colour: '#2e6b3a'
					dark-colour: '#8fd19e'
					summary:
					  text: The executive to whom, in many cases, the CIO reports.
					  cite: [reporting-lines]
					lead:
					  text: receives, in many cases, the CIO's reports
					  cite: [reporting-lines]
					""");
			edit(folder.resolve("aspects/reporting-line.yaml"), aspect -> {
				((ArrayNode) aspect.get("statements")).add(YAML.readTree(
						"""
								{id: cfo-receives-cio-reports, kind: fact, roles: [cfo], text: In many cases the CIO reports to the CFO.,
								 cite: [reporting-lines]}"""));
				((ObjectNode) aspect.get("glance").get(0).get("gists")).set("cfo", YAML.readTree(
						"""
								{text: 'not said; the CIO reports to the CFO', hedge: in many cases, cite: [reporting-lines]}"""));
			});
			edit(folder.resolve("aspects/standing.yaml"), aspect -> {
				for (var statement : aspect.get("statements")) {
					if (statement.get("id").asString().equals("both-most-important")) {
						((ArrayNode) statement.get("roles")).add("cfo");
					}
				}
			});
			Files.writeString(folder.resolve("aspects/test-agreement.yaml"), """
					name: Test agreement
					question: Where do all the roles agree?
					order: 99
					statements:
					  - id: all-agree
					    kind: fact
					    roles: [cto, cio, cfo]
					    text: Positions that appear to be here to stay.
					    cite: [here-to-stay]
					""");
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void edit(Path document, java.util.function.Consumer<ObjectNode> change) throws IOException {
		ObjectNode tree = (ObjectNode) YAML.readTree(Files.readString(document));
		change.accept(tree);
		Files.writeString(document, YAML.writeValueAsString(tree));
	}

}
