package io.execroles.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes exactly the API the application serves, so it cannot
 * drift from it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyApiRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
		var result = this.mvc.get().uri("/api/openapi.json").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		JsonNode document = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
		assertThat(document.get("openapi").asString()).startsWith("3.");
		Set<String> documented = document.get("paths").propertyNames().stream().collect(Collectors.toSet());

		Set<String> served = this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap(info -> info.getPatternValues().stream())
			.filter(pattern -> pattern.startsWith("/api/") || pattern.endsWith(".csv"))
			.collect(Collectors.toSet());
		assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
	}

}
