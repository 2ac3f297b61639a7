package io.execroles.web.http;

import io.execroles.web.SiteLimits;
import org.apache.catalina.connector.Connector;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Gives Tomcat's connector the limits of {@link SiteLimits.Connections}, as the connector
 * attributes Tomcat documents (those of {@code server.xml}). It runs after Boot's own
 * customizer, so these win over Boot's defaults.
 */
@Component
class ConnectorLimits implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final SiteLimits.Connections limits;

	ConnectorLimits(SiteLimits limits) {
		this.limits = limits.connections();
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(connector -> {
			set(connector, "maxConnections", this.limits.max());
			set(connector, "acceptCount", this.limits.acceptCount());
			set(connector, "maxThreads", this.limits.workers());
			set(connector, "minSpareThreads", Math.min(4, this.limits.workers()));
			set(connector, "connectionTimeout", this.limits.requestTimeout().toMillis());
			set(connector, "keepAliveTimeout", this.limits.keepAlive().toMillis());
			// A keep-alive connection serves any number of requests: reconnecting every
			// hundred costs throughput.
			set(connector, "maxKeepAliveRequests", -1);
			set(connector, "maxHttpHeaderSize", this.limits.maxRequestHeaderSize().toBytes());
			set(connector, "socket.appReadBufSize", this.limits.readBuffer().toBytes());
			set(connector, "socket.appWriteBufSize", this.limits.writeBuffer().toBytes());
			// Heap buffers, not direct ones: direct memory is capped by the heap's size
			// and,
			// exhausted, killed the acceptor for good.
			set(connector, "socket.directBuffer", false);
		});
	}

	private static void set(Connector connector, String attribute, Object value) {
		if (!connector.setProperty(attribute, String.valueOf(value))) {
			throw new IllegalStateException("Tomcat's connector has no attribute " + attribute);
		}
	}

}
