package io.execroles.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The page cache's larger pages as files, for Tomcat to send with sendfile: the kernel
 * copies them to the socket, so no connection needs a buffer that holds a whole page.
 * They live in a folder of their own under the system's temporary folder (each instance
 * its own), made when the first such page is kept and removed when the application stops;
 * a page that leaves the cache takes its file with it. Where no file can be written,
 * pages are sent from memory as before.
 */
@Component
class PageFiles implements DisposableBean {

	/** Smaller pages fit the socket's write buffer and go out in one write anyway. */
	static final int SMALLEST = TomcatTuning.WRITE_BUFFER_BYTES;

	private static final Log logger = LogFactory.getLog(PageFiles.class);

	private Path folder;

	private boolean unavailable;

	/** The bytes as a file to send, or null where they are small or cannot be written. */
	Path write(byte[] bytes, String name) {
		if (bytes.length <= SMALLEST) {
			return null;
		}
		synchronized (this) {
			if (this.unavailable) {
				return null;
			}
			try {
				if (this.folder == null) {
					this.folder = Files.createTempDirectory("executive-roles-pages-");
				}
				Path file = Files.createTempFile(this.folder, "page-", ".bin");
				Files.write(file, bytes);
				return file;
			}
			catch (IOException ex) {
				logger.warn("Pages will be sent from memory: cannot write them to " + this.folder + " (" + ex + ")");
				this.unavailable = true;
				return null;
			}
		}
	}

	void delete(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// Removed with the folder when the application stops.
			}
		}
	}

	@Override
	public synchronized void destroy() {
		if (this.folder == null) {
			return;
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			files.forEach(this::delete);
			Files.deleteIfExists(this.folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
