package io.execroles.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Hands Tomcat the response headers as bytes, encoded once. Tomcat turns every header
 * name and value it holds as a string into bytes with a new {@code CharsetEncoder} as it
 * writes them ({@code MessageBytes.toBytes}): for a cached page, whose work is otherwise
 * a lookup and a sendfile, that was a fifth of the CPU (a JFR profile under
 * bin/benchmark's load). The site sends the same few dozen names and values again and
 * again, so their bytes are kept, in a bounded cache.
 * <p>
 * Tomcat filters control characters out of the strings it encodes, and writes bytes it is
 * given as they are, so only strings that need no filtering are handed over as bytes:
 * Latin-1 text without control characters (a tab aside). Anything else, such as an
 * address that carries a client's control characters, is left to Tomcat.
 */
class HeaderBytes extends ValveBase {

	/**
	 * Far more than the distinct names and values the site sends (the longest, its
	 * Content-Security-Policy, has 170 characters). Longer strings are left to Tomcat, so
	 * a flood of others cannot grow the cache beyond about a megabyte.
	 */
	static final int MOST_STRINGS = 1024;

	static final int LONGEST = 512;

	private static final byte[] LEAVE_TO_TOMCAT = new byte[0];

	private final Cache<String, byte[]> encoded = Caffeine.newBuilder().maximumSize(MOST_STRINGS).build();

	HeaderBytes() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		getNext().invoke(request, response);
		if (response.isCommitted()) {
			return;
		}
		MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
		for (int i = 0; i < headers.size(); i++) {
			encode(headers.getName(i));
			encode(headers.getValue(i));
		}
	}

	private void encode(MessageBytes text) {
		if (text == null || text.getType() != MessageBytes.T_STR || text.getLength() > LONGEST) {
			return;
		}
		byte[] bytes = this.encoded.get(text.toString(), HeaderBytes::latin1WithoutControls);
		if (bytes != LEAVE_TO_TOMCAT) {
			text.setBytes(bytes, 0, bytes.length);
		}
	}

	static byte[] latin1WithoutControls(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > 0xFF || (c < 0x20 && c != '\t') || c == 0x7F) {
				return LEAVE_TO_TOMCAT;
			}
		}
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
