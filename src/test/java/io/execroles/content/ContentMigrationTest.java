package io.execroles.content;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.execroles.ExecutiveRolesApplication;
import io.execroles.TestContent;
import io.execroles.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The documents reach the database through Flyway, and the site reads back exactly what
 * they say: on a fresh database, on one that V1-V8 built, after an edit, and when several
 * instances start at once. These are the tests the build repeats on PostgreSQL.
 */
@Tag("database")
class ContentMigrationTest {

	@TempDir
	Path folder;

	@Test
	void aFreshDatabaseHoldsExactlyWhatTheDocumentsSay() {
		try (var instance = start(TestDatabase.freshDatabaseUrl(), WebApplicationType.NONE)) {
			ContentSnapshot snapshot = instance.getBean(ContentSnapshot.class);
			assertThat(ContentFingerprint.of(snapshot))
				.containsExactlyElementsOf(ContentFingerprint.of(TestContent.documents()));
			assertThat(snapshot.version()).isEqualTo(TestContent.documents().version());
		}
	}

	@Test
	void aDatabaseThatV1ToV8BuiltUpgradesToWhatTheDocumentsSay() {
		String url = TestDatabase.freshDatabaseUrl();
		var before = Flyway.configure().dataSource(url, username(), password()).target("8").load();
		assertThat(before.migrate().migrationsExecuted).isEqualTo(8);
		assertThat(new JdbcTemplate(
				new org.springframework.jdbc.datasource.DriverManagerDataSource(url, username(), password()))
			.queryForObject("select count(*) from statement", Integer.class)).as("V4's statements").isPositive();

		try (var instance = start(url, WebApplicationType.NONE)) {
			assertThat(ContentFingerprint.of(instance.getBean(ContentSnapshot.class)))
				.containsExactlyElementsOf(ContentFingerprint.of(TestContent.documents()));
			assertThat(history(instance)).contains("9", "content");
		}
	}

	@Test
	void anEditedDocumentChangesThePageOnTheNextStartAndAnUneditedOneChangesNothing() throws Exception {
		Path content = copyOfTheContent();
		String url = TestDatabase.freshDatabaseUrl();
		Path document = content.resolve("aspects/reporting-line.yaml");
		String before = "    text: In many cases reports to the CEO.";
		String after = "    text: In many cases reports to the chief executive officer (CEO).";
		assertThat(Files.readString(document)).as("the test's premise").contains(before);

		String firstVersion;
		try (var instance = start(url, WebApplicationType.SERVLET, content)) {
			assertThat(page(instance, "/roles/cto")).contains("In many cases reports to the CEO.")
				.doesNotContain("chief executive officer");
			firstVersion = instance.getBean(ContentSnapshot.class).version();
		}
		try (var instance = start(url, WebApplicationType.NONE, content)) {
			assertThat(instance.getBean(ContentSnapshot.class).version()).isEqualTo(firstVersion);
			assertThat(history(instance)).filteredOn("content"::equals).as("the content written once").hasSize(1);
		}

		Files.writeString(document, Files.readString(document).replace(before, after));
		try (var instance = start(url, WebApplicationType.SERVLET, content)) {
			assertThat(page(instance, "/roles/cto"))
				.contains("In many cases reports to the chief executive officer (CEO).")
				.doesNotContain("In many cases reports to the CEO.");
			assertThat(instance.getBean(ContentSnapshot.class).version()).isNotEqualTo(firstVersion);
			assertThat(history(instance)).filteredOn("content"::equals).as("written again").hasSize(2);
		}
	}

	/**
	 * Instances that start together each run Flyway on the same database at once: one
	 * writes the content, under Flyway's lock, and the others find it written.
	 */
	@Test
	void migrationsRunningTogetherWriteTheContentOnce() throws Exception {
		String url = TestDatabase.freshDatabaseUrl();
		var executor = Executors.newFixedThreadPool(3);
		try {
			var migrations = new ArrayList<Future<Integer>>();
			for (int i = 0; i < 3; i++) {
				Callable<Integer> migrate = () -> Flyway.configure()
					.dataSource(url, username(), password())
					.javaMigrations(new ContentMigration(ContentReader.files(TestContent.FOLDER)))
					.load()
					.migrate().migrationsExecuted;
				migrations.add(executor.submit(migrate));
			}
			int executed = 0;
			for (Future<Integer> migration : migrations) {
				executed += migration.get();
			}
			int versioned = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
				.getResources("classpath:db/migration/V*.sql").length;
			assertThat(executed).as("every versioned migration and the content, once in all").isEqualTo(versioned + 1);
		}
		finally {
			executor.shutdownNow();
		}
		try (var instance = start(url, WebApplicationType.NONE)) {
			assertThat(history(instance)).filteredOn("content"::equals).hasSize(1);
			assertThat(ContentFingerprint.of(instance.getBean(ContentSnapshot.class)))
				.containsExactlyElementsOf(ContentFingerprint.of(TestContent.documents()));
		}
	}

	/**
	 * How bin/serve runs: the first launch migrates a file, later ones share it
	 * read-only.
	 */
	@Test
	void aMigratedH2FileServesSeveralInstancesReadOnly() {
		assumeFalse(TestDatabase.isPostgres(), "H2's file mode is bin/serve's, not PostgreSQL's");
		String url = "jdbc:h2:file:" + this.folder.resolve("roles").toAbsolutePath();
		try (var migrating = start(url, WebApplicationType.NONE)) {
			assertThat(migrating.getBean(ContentSnapshot.class).statements()).isNotEmpty();
		}
		String readOnly = url + ";ACCESS_MODE_DATA=r";
		try (var first = start(readOnly, WebApplicationType.NONE);
				var second = start(readOnly, WebApplicationType.NONE)) {
			assertThat(ContentFingerprint.of(first.getBean(ContentSnapshot.class)))
				.containsExactlyElementsOf(ContentFingerprint.of(TestContent.documents()))
				.containsExactlyElementsOf(ContentFingerprint.of(second.getBean(ContentSnapshot.class)));
		}
	}

	private Path copyOfTheContent() {
		return TestContent.copyTo(this.folder.resolve("content"));
	}

	private static ConfigurableApplicationContext start(String url, WebApplicationType web) {
		return start(url, web, null);
	}

	private static ConfigurableApplicationContext start(String url, WebApplicationType web, Path content) {
		var arguments = new ArrayList<>(
				List.of("--spring.datasource.url=" + url, "--spring.jmx.enabled=false", "--server.port=0"));
		if (content != null) {
			arguments.add("--executive-roles.content.location=" + content.toUri());
		}
		return new SpringApplicationBuilder(ExecutiveRolesApplication.class).web(web)
			.run(arguments.toArray(String[]::new));
	}

	private static String page(ConfigurableApplicationContext instance, String path) throws Exception {
		String port = instance.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		// The page's text as a reader sees it, whatever the markup around its words.
		return org.jsoup.Jsoup.parse(response.body()).text();
	}

	/**
	 * The versions and descriptions of the migrations applied, repeatable ones by name.
	 */
	private static List<String> history(ConfigurableApplicationContext instance) {
		return instance.getBean(JdbcTemplate.class)
			.queryForList(
					"select coalesce(\"version\", \"description\") from \"flyway_schema_history\" where \"success\""
							+ " order by \"installed_rank\"",
					String.class);
	}

	private static String username() {
		return TestDatabase.isPostgres() ? "postgres" : "sa";
	}

	private static String password() {
		return "";
	}

}
