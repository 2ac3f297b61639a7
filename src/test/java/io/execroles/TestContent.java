package io.execroles;

import java.nio.file.Path;

import io.execroles.content.ContentDocuments;
import io.execroles.content.ContentReader;

/**
 * The content documents as the editors keep them, read straight from {@code content/}:
 * the tests' independent account of what the pages must show, so that a test never takes
 * its expectations from the code it tests.
 */
public final class TestContent {

	public static final Path FOLDER = Path.of("content");

	private static ContentDocuments documents;

	private TestContent() {
	}

	/**
	 * A copy of the content folder, for a test to edit without touching the editors' own.
	 */
	public static Path copyTo(Path folder) {
		try (var files = java.nio.file.Files.walk(FOLDER)) {
			for (Path file : files.toList()) {
				Path target = folder.resolve(FOLDER.relativize(file).toString());
				if (java.nio.file.Files.isDirectory(file)) {
					java.nio.file.Files.createDirectories(target);
				}
				else {
					java.nio.file.Files.copy(file, target);
				}
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return folder;
	}

	public static synchronized ContentDocuments documents() {
		if (documents == null) {
			documents = ContentReader.read(FOLDER);
		}
		return documents;
	}

}
