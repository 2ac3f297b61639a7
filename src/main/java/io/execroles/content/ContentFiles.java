package io.execroles.content;

import java.util.List;

/**
 * The content documents as files, not yet read: their names, their text and, hashed from
 * their bytes, the content's version. Hashing is all that most starts need (Flyway
 * compares the version with the one it last wrote); the documents are read and checked
 * only when they are to be written.
 */
public record ContentFiles(List<DocumentFile> files, String version) {

	/** The documents, read and checked against {@link ContentRules}. */
	public ContentDocuments documents() {
		return ContentReader.parse(this);
	}

	/** A document's path under the content folder ("aspects/focus.yaml") and its text. */
	public record DocumentFile(String name, String text) {
	}

}
