package io.execroles.content.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.execroles.TestContent;
import io.execroles.content.ContentDocuments;
import io.execroles.content.ContentDocuments.CitedText;

/**
 * The documents the checks read: the editor's {@code content/} folder as it is in the
 * working tree, not a built copy, so that a check answers for the file being edited.
 */
final class Documents {

	static final Path FOLDER = TestContent.FOLDER;

	private Documents() {
	}

	static ContentDocuments get() {
		return TestContent.documents();
	}

	/**
	 * Everything the site writes that rests on passages, each with the hedges it may
	 * leave out, and where it stands: statements, summaries, leads and gists (a gist as
	 * it reads, after its label and with its hedge).
	 */
	static List<Cited> citedTexts() {
		var texts = new ArrayList<Cited>();
		ContentDocuments documents = get();
		documents.roles().forEach((slug, role) -> {
			texts.add(Cited.of("roles/" + slug + ".yaml: summary", role.summary()));
			texts.add(Cited.of("roles/" + slug + ".yaml: lead", role.lead()));
		});
		documents.aspects().forEach((slug, aspect) -> {
			String file = "aspects/" + slug + ".yaml: ";
			aspect.statements()
				.forEach(statement -> texts
					.add(new Cited(file + statement.id(), statement.text(), statement.cite(), statement.unhedged())));
			if (aspect.glance() != null) {
				aspect.glance()
					.forEach(line -> line.gists()
						.forEach((role,
								gist) -> texts.add(new Cited(file + line.id() + "/" + role,
										line.label() + " " + gist.text()
												+ ((gist.hedge() != null) ? ", " + gist.hedge() : ""),
										gist.cite(), gist.unhedged()))));
			}
		});
		return texts;
	}

	/** The text of a passage, by its id. */
	static String passage(String id) {
		for (var source : get().sources().values()) {
			String text = source.passages().get(id);
			if (text != null) {
				return text;
			}
		}
		throw new IllegalArgumentException("no passage " + id);
	}

	/**
	 * Words the site writes, where they stand, what they cite and the hedges they may
	 * drop.
	 */
	record Cited(String where, String text, List<String> cite, java.util.Map<String, String> unhedged) {

		static Cited of(String where, CitedText text) {
			return new Cited(where, text.text(), text.cite(), text.unhedged());
		}

		java.util.Map<String, String> exceptions() {
			return (this.unhedged != null) ? this.unhedged : java.util.Map.of();
		}

	}

}
