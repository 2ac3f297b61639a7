package io.execroles.web.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.http.HttpStatus;

/**
 * Times the answers the page cache sends itself in the meter that Spring's request
 * observation records every other answer in, under the same tags, so that a kept page
 * counts by route and status like any other. The observation's machinery (a context, a
 * scope, its tags worked out afresh) took a fifth of a kept page's time; a timer looked
 * up once per route, method and status takes a fraction of that.
 */
final class KeptPageTimers {

	private final MeterRegistry meters;

	private final String name;

	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	KeptPageTimers(MeterRegistry meters, String name) {
		this.meters = meters;
		this.name = name;
	}

	void record(String method, int status, String route, long nanos) {
		this.timers.computeIfAbsent(method + " " + status + " " + route, key -> timer(method, status, route))
			.record(nanos, TimeUnit.NANOSECONDS);
	}

	/**
	 * The tags of DefaultServerRequestObservationConvention, for an answer without error.
	 */
	private Timer timer(String method, int status, String route) {
		HttpStatus.Series series = HttpStatus.Series.resolve(status);
		String outcome = (series == HttpStatus.Series.SUCCESSFUL) ? "SUCCESS"
				: (series == HttpStatus.Series.REDIRECTION) ? "REDIRECTION" : "UNKNOWN";
		return Timer.builder(this.name)
			.tags("error", "none", "exception", "none", "method", method, "outcome", outcome, "status",
					Integer.toString(status), "uri", route)
			.register(this.meters);
	}

}
