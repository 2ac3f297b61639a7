package io.execroles.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every open connection, busy or idle, holds a read and a write buffer on the heap, so
 * their size times the connections allowed (server.tomcat.max-connections, in
 * application.properties) must fit the heap: 4 KB + 8 KB for each of 4,096 connections is
 * 48 MB at most. Requests to this site are a line and a few headers; a page larger than
 * the write buffer is sent with sendfile from a file (see {@link PageFiles}), not copied
 * through it. Heap buffers, not direct ones: direct memory is capped by the heap's size
 * and, exhausted, killed the acceptor for good. Response headers reach Tomcat as bytes
 * encoded once ({@link HeaderBytes}).
 */
@Component
class TomcatTuning implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	static final int READ_BUFFER_BYTES = 4 * 1024;

	static final int WRITE_BUFFER_BYTES = 8 * 1024;

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextValves(new HeaderBytes());
		factory.addConnectorCustomizers(connector -> {
			connector.setProperty("socket.appReadBufSize", String.valueOf(READ_BUFFER_BYTES));
			connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES));
			connector.setProperty("socket.directBuffer", "false");
			connector.setProperty("useSendfile", "true");
		});
	}

}
