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

	private EmbeddedPostgres postgres;

	/** The database product the tests run on, as JDBC names it. */
	public static String expectedProductName() {
		return isPostgres() ? "PostgreSQL" : "H2";
	}

	static boolean isPostgres() {
		return "postgres".equals(System.getProperty(PROPERTY));
	}

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (!isPostgres() || this.postgres != null) {
			return;
		}
		try {
			this.postgres = EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the embedded PostgreSQL server", ex);
		}
		System.setProperty("spring.profiles.active", "postgres");
		System.setProperty("spring.datasource.url", this.postgres.getJdbcUrl("postgres", "postgres"));
		System.setProperty("spring.datasource.username", "postgres");
		System.setProperty("spring.datasource.password", "");
		try (var connection = this.postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE separate");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("could not create the separate test database", ex);
		}
		System.setProperty(SEPARATE_DATABASE_URL, this.postgres.getJdbcUrl("postgres", "separate"));
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (this.postgres != null) {
			try {
				this.postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
