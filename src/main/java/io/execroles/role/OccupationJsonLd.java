package io.execroles.role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.execroles.web.SiteProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * A profile as a schema.org {@code Occupation}, for search engines. The JSON is embedded
 * in the page's head, so the characters that could end the script element or start markup
 * are written as Unicode escapes: valid JSON, inert HTML, whatever the content says.
 */
final class OccupationJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OccupationJsonLd() {
	}

	static String of(RoleProfile profile, SiteProperties site) {
		RoleSummary role = profile.role();
		Map<String, Object> occupation = new LinkedHashMap<>();
		occupation.put("@context", "https://schema.org");
		occupation.put("@type", "Occupation");
		occupation.put("name", role.title());
		occupation.put("alternateName", role.abbreviation());
		occupation.put("description", role.summary());
		occupation.put("url", site.absolute(role.path()));
		occupation.put("responsibilities", texts(profile, RoleService.RESPONSIBILITIES));
		occupation.put("skills", texts(profile, RoleService.KEY_ATTRIBUTES));
		return escapeForHtml(JSON.writeValueAsString(occupation));
	}

	static String escapeForHtml(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private static List<String> texts(RoleProfile profile, String section) {
		return profile.sections()
			.stream()
			.filter(s -> s.anchor().equals(section))
			.flatMap(s -> s.statements().stream())
			.map(CitedStatement::text)
			.toList();
	}

}
