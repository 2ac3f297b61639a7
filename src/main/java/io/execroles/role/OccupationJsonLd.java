package io.execroles.role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.execroles.content.Role;
import io.execroles.source.Note;
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
		Role role = profile.role();
		Map<String, Object> occupation = new LinkedHashMap<>();
		occupation.put("@context", "https://schema.org");
		occupation.put("@type", "Occupation");
		occupation.put("name", role.title());
		occupation.put("alternateName", role.abbreviation());
		occupation.put("description", role.summary().text());
		occupation.put("url", site.absolute(role.path()));
		occupation.put("responsibilities", texts(profile, RoleService.RESPONSIBILITIES));
		occupation.put("skills", texts(profile, RoleService.KEY_ATTRIBUTES));
		occupation.put("isBasedOn", articles(profile));
		return escapeForHtml(JSON.writeValueAsString(occupation));
	}

	static String escapeForHtml(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	/**
	 * The articles the profile cites, as published. Their authors and dates are left out
	 * where they are not known.
	 */
	private static List<Map<String, Object>> articles(RoleProfile profile) {
		var bySource = new LinkedHashMap<String, Map<String, Object>>();
		for (Note note : profile.notes()) {
			bySource.computeIfAbsent(note.sourceSlug(), slug -> {
				Map<String, Object> article = new LinkedHashMap<>();
				article.put("@type", "Article");
				article.put("name", note.sourceTitle());
				article.put("url", note.originalUrl());
				article.put("publisher", Map.of("@type", "Organization", "name", note.publisher()));
				return article;
			});
		}
		return List.copyOf(bySource.values());
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
