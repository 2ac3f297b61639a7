package io.execroles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
			"statement_citation", "role_summary_citation", "aspect_divergence_citation", "gist", "gist_citation",
			"\"flyway_schema_history\"");

	@TempDir
	Path dir;

	@Test
	void aRestartOnAFileDatabaseNeitherDuplicatesNorLosesContent() {
		String url = fileDatabase();
		Map<String, Integer> first = rowCounts(url);
		Map<String, Integer> second = rowCounts(url);

		assertThat(first.get("statement")).isPositive();
		assertThat(second).isEqualTo(first);
	}

	/**
	 * How bin/serve runs: the first launch migrates the file, later ones share it
	 * read-only.
	 */
	@Test
	void aMigratedFileDatabaseServesSeveralInstancesAtOnceReadOnly() {
		String url = fileDatabase();
		Map<String, Integer> migrated = rowCounts(url);

		String readOnly = url + ";ACCESS_MODE_DATA=r";
		try (ConfigurableApplicationContext first = start(readOnly);
				ConfigurableApplicationContext second = start(readOnly)) {
			assertThat(rowCounts(first)).isEqualTo(migrated);
			assertThat(rowCounts(second)).isEqualTo(migrated);
		}
	}

	private String fileDatabase() {
		return "jdbc:h2:file:" + this.dir.resolve("roles").toAbsolutePath();
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(ExecutiveRolesApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--spring.jmx.enabled=false");
	}

	private static Map<String, Integer> rowCounts(String url) {
		try (ConfigurableApplicationContext context = start(url)) {
			return rowCounts(context);
		}
	}

	private static Map<String, Integer> rowCounts(ConfigurableApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Map<String, Integer> counts = new TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		return counts;
	}

}
