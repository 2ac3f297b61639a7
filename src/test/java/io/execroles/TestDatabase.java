package io.execroles;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs the test suite against a real PostgreSQL server when the system property
 * {@value #PROPERTY} is {@code postgres} (the build's second test run sets it): one
 * server for the whole run, from a Maven artifact, and every application context in the
 * run uses it through the {@code postgres} profile. Otherwise the tests use H2.
 */
public class TestDatabase implements LauncherSessionListener {

	public static final String PROPERTY = "executive-roles.test-database";

	/**
	 * A second, empty database on the same server, for tests that add content of their
	 * own.
	 */
	public static final String SEPARATE_DATABASE_URL = "executive-roles.test-database.separate-url";

	private static EmbeddedPostgres postgres;

	private static final java.util.concurrent.atomic.AtomicInteger databases = new java.util.concurrent.atomic.AtomicInteger();

	/** The database product the tests run on, as JDBC names it. */
	public static String expectedProductName() {
		return isPostgres() ? "PostgreSQL" : "H2";
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty(PROPERTY));
	}

	/**
	 * A new, empty database on the server the tests run on, for a test that migrates one
	 * of its own: an in-memory H2 database, or a database created on the PostgreSQL
	 * server.
	 */
	public static String freshDatabaseUrl() {
		int number = databases.incrementAndGet();
		if (!isPostgres()) {
			return "jdbc:h2:mem:fresh" + number + "-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		}
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE fresh" + number);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("could not create a fresh test database", ex);
		}
		return postgres.getJdbcUrl("postgres", "fresh" + number);
	}

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (!isPostgres() || postgres != null) {
			return;
		}
		try {
			postgres = EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the embedded PostgreSQL server", ex);
		}
		System.setProperty("spring.profiles.active", "postgres");
		System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
		System.setProperty("spring.datasource.username", "postgres");
		System.setProperty("spring.datasource.password", "");
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE separate");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("could not create the separate test database", ex);
		}
		System.setProperty(SEPARATE_DATABASE_URL, postgres.getJdbcUrl("postgres", "separate"));
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (postgres != null) {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
