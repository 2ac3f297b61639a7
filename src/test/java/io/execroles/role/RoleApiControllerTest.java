package io.execroles.role;

import java.util.List;

import io.execroles.SiteTest;
import io.execroles.web.Pages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class RoleApiControllerTest {

	@Autowired
	MockMvcTester mvc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void listsTheRolesWithLinksToTheirPagesAndData() throws Exception {
		JsonNode roles = this.json
			.readTree(this.mvc.get().uri("/api/roles").exchange().getResponse().getContentAsString());
		assertThat(roles.findValuesAsString("slug")).containsExactly("cto", "cio");
		assertThat(roles.get(0).get("api").asString()).isEqualTo("https://roles.example/api/roles/cto");
	}

	@Test
	void aProfileCarriesEveryStatementOfThePageWithItsCitations() throws Exception {
		JsonNode profile = this.json
			.readTree(this.mvc.get().uri("/api/roles/cio").exchange().getResponse().getContentAsString());
		var page = Pages.get(this.mvc, "/roles/cio");
		List<String> pageStatements = page.select(".statements > li").eachAttr("id");
		List<String> apiStatements = profile.get("sections").findValuesAsString("id");
		assertThat(apiStatements).containsAll(pageStatements);
		profile.get("sections")
			.forEach(section -> section.get("statements")
				.forEach(statement -> assertThat(statement.get("citations")).isNotEmpty()));
	}

	@Test
	void theProfilePageDescribesTheRoleAsASchemaOrgOccupation() throws Exception {
		var script = Pages.get(this.mvc, "/roles/cto").selectFirst("script[type=application/ld+json]");
		JsonNode occupation = this.json.readTree(script.data());
		assertThat(occupation.get("@type").asString()).isEqualTo("Occupation");
		assertThat(occupation.get("name").asString()).isEqualTo("Chief Technology Officer");
		assertThat(occupation.get("description").asString()).isNotBlank();
		assertThat(occupation.get("responsibilities")).isNotEmpty();
		assertThat(occupation.get("skills")).isNotEmpty();
	}

	@Test
	void embeddedJsonCannotCloseItsScriptElement() throws Exception {
		String escaped = OccupationJsonLd.escapeForHtml("{\"a\":\"</script><b>&\"}");
		assertThat(escaped).doesNotContain("<").doesNotContain(">").doesNotContain("&");
		assertThat(this.json.readTree(escaped).get("a").asString()).isEqualTo("</script><b>&");
	}

}
