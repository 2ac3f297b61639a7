package io.execroles.web.http;

import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Spring's request observation, as Boot would register it, but after the page cache
 * rather than first: the cache times the pages it sends itself, in the same meter, and
 * everything else (a page rendered, an error, a refused method) is observed here. Boot
 * backs off when the application registers this filter itself.
 */
@Configuration(proxyBeanMethods = false)
class RequestObservation {

	/** After the page cache (+10), before everything that may refuse a request. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 11;

	@Bean
	FilterRegistrationBean<ServerHttpObservationFilter> requestObservationFilter(ObservationRegistry registry,
			ObjectProvider<ServerRequestObservationConvention> convention,
			@Value("${management.observations.http.server.requests.name:http.server.requests}") String name) {
		var filter = new ServerHttpObservationFilter(registry,
				convention.getIfAvailable(() -> new DefaultServerRequestObservationConvention(name)));
		var registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		return registration;
	}

}
