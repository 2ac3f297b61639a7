package io.execroles.web.cache;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A response that keeps what the handler writes, to be cached and sent whole. Its writer
 * buffers: the wrapper it extends flushes its encoder after every write, and a template
 * engine writes a page in thousands of small pieces, which made encoding the page cost as
 * much as rendering it. {@link #finish()} flushes what is buffered before the body is
 * read.
 */
final class RenderingResponse extends ContentCachingResponseWrapper {

	private PrintWriter writer;

	RenderingResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			this.writer = new PrintWriter(
					new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
		}
		return this.writer;
	}

	@Override
	public void flushBuffer() throws IOException {
		finish();
		super.flushBuffer();
	}

	/** Writes out what the writer holds, so that the kept body is whole. */
	void finish() {
		if (this.writer != null) {
			this.writer.flush();
		}
	}

}
