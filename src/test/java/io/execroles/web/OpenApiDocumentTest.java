package io.execroles.web;

import java.util.Set;
import java.util.stream.Collectors;

import io.execroles.SiteTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes exactly the API the application serves, so it cannot
 * drift from it.
 */
@SiteTest
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

	@Test
	void whatTheApiAnswersHasTheShapeTheDocumentDescribes() throws Exception {
		JsonNode document = json("/api/openapi.json");
		for (String[] example : new String[][] { { "/api/roles", "/api/roles" },
				{ "/api/roles/{slug}", "/api/roles/cto" }, { "/api/compare/{names}", "/api/compare/cto-vs-cio" },
				{ "/api/search", "/api/search?q=strategy" }, { "/api/search", "/api/search?q=infrastucture" } }) {
			JsonNode schema = document.get("paths")
				.get(example[0])
				.get("get")
				.get("responses")
				.get("200")
				.get("content")
				.get("application/json")
				.get("schema");
			var problems = new java.util.ArrayList<String>();
			conform(json(example[1]), schema, document, example[1], problems);
			assertThat(problems).as("%s against the document", example[1]).isEmpty();
		}
	}

	@Test
	void theShapeCheckCatchesAMissingProperty() {
		JsonNode schema = JsonMapper.builder().build().readTree("{\"type\":\"object\",\"required\":[\"id\"]}");
		var problems = new java.util.ArrayList<String>();
		conform(JsonMapper.builder().build().readTree("{\"name\":\"x\"}"), schema, schema, "$", problems);
		assertThat(problems).containsExactly("$: no id");
	}

	private JsonNode json(String path) throws Exception {
		return JsonMapper.builder()
			.build()
			.readTree(this.mvc.get().uri(path).exchange().getResponse().getContentAsString());
	}

	/**
	 * The parts of JSON Schema the document uses: $ref, object with required, properties
	 * and additionalProperties, array with items, and null where allowed.
	 */
	static void conform(JsonNode value, JsonNode schema, JsonNode document, String at,
			java.util.List<String> problems) {
		if (schema.has("$ref")) {
			String[] path = schema.get("$ref").asString().substring(2).split("/");
			JsonNode target = document;
			for (String part : path) {
				target = target.get(part);
			}
			conform(value, target, document, at, problems);
			return;
		}
		if (value.isNull()) {
			if (!schema.path("type").toString().contains("null")) {
				problems.add(at + ": null");
			}
			return;
		}
		if (schema.has("required")) {
			for (JsonNode name : schema.get("required")) {
				if (!value.has(name.asString())) {
					problems.add(at + ": no " + name.asString());
				}
			}
		}
		if (schema.has("properties")) {
			schema.get("properties").properties().forEach(property -> {
				if (value.has(property.getKey())) {
					conform(value.get(property.getKey()), property.getValue(), document, at + "." + property.getKey(),
							problems);
				}
			});
		}
		if (schema.has("additionalProperties") && value.isObject()) {
			value.properties()
				.forEach(entry -> conform(entry.getValue(), schema.get("additionalProperties"), document,
						at + "." + entry.getKey(), problems));
		}
		if (schema.has("items") && value.isArray()) {
			for (int i = 0; i < value.size(); i++) {
				conform(value.get(i), schema.get("items"), document, at + "[" + i + "]", problems);
			}
		}
	}

}
