package io.execroles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** With a database on disk, starting again applies nothing twice and loses nothing. */
class RestartTest {

	static final List<String> TABLES = List.of("source", "citation", "role", "aspect", "statement", "statement_role",
			"statement_citation", "role_summary_citation", "aspect_disagreement_citation", "\"flyway_schema_history\"");

	@TempDir
	Path dir;

	@Test
	void aRestartOnAFileDatabaseNeitherDuplicatesNorLosesContent() {
		String url = "jdbc:h2:file:" + this.dir.resolve("roles").toAbsolutePath();
		Map<String, Integer> first = rowCounts(url);
		Map<String, Integer> second = rowCounts(url);

		assertThat(first.get("statement")).isPositive();
		assertThat(second).isEqualTo(first);
	}

	private static Map<String, Integer> rowCounts(String url) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ExecutiveRolesApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--spring.jmx.enabled=false")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			var counts = new java.util.TreeMap<String, Integer>();
			for (String table : TABLES) {
				counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
			}
			return counts;
		}
	}

}
