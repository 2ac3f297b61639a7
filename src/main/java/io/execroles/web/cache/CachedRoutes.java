package io.execroles.web.cache;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The routes whose answers may be kept: every GET handler marked {@link CachedResponse},
 * with the path patterns of its mapping and the names of the query parameters it binds. A
 * path is matched as Spring MVC matches it, the most specific pattern first, so that
 * {@code /compare/cto-vs-cio.csv} is the CSV's route and not the page's.
 */
final class CachedRoutes {

	private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private final List<Route> routes;

	private CachedRoutes(List<Route> routes) {
		this.routes = routes.stream()
			.sorted(Comparator.comparing(Route::pattern, PathPattern.SPECIFICITY_COMPARATOR))
			.toList();
	}

	static CachedRoutes of(Map<RequestMappingInfo, HandlerMethod> handlers) {
		var routes = new ArrayList<Route>();
		handlers.forEach((mapping, handler) -> {
			CachedResponse cached = handler.getMethodAnnotation(CachedResponse.class);
			Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
			if (cached == null || mapping.getPathPatternsCondition() == null
					|| !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
				return;
			}
			Set<String> parameters = new LinkedHashSet<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param != null) {
					parameter.initParameterNameDiscovery(NAMES);
					parameters.add(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
				}
			}
			mapping.getPathPatternsCondition()
				.getPatterns()
				.forEach(pattern -> routes.add(new Route(pattern, Set.copyOf(parameters), cached.region())));
		});
		return new CachedRoutes(routes);
	}

	/** The route a path belongs to, if its answers may be kept. */
	Optional<Route> find(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return this.routes.stream().filter(route -> route.pattern().matches(container)).findFirst();
	}

	List<Route> all() {
		return this.routes;
	}

	/** A route: its pattern, the query parameters that change its answer, its region. */
	record Route(PathPattern pattern, Set<String> parameters, CachedResponse.Region region) {
	}

}
