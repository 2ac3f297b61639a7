package io.execroles.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Pages run to tens of kilobytes and come from memory, so writing them is most of the
 * work: a socket buffer that holds a whole page sends it in one system call instead of
 * one per 8 KB.
 */
@Component
class TomcatTuning implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(connector -> {
			connector.setProperty("socket.appWriteBufSize", String.valueOf(128 * 1024));
			connector.setProperty("socket.directBuffer", "true");
		});
	}

}
