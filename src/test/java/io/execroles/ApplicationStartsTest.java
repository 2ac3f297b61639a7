package io.execroles;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts on its default database, H2, with every migration applied and
 * the schema validated.
 */
@SiteTest
class ApplicationStartsTest {

	@Autowired
	Flyway flyway;

	@Autowired
	DataSource dataSource;

	@Test
	void startsWithEveryMigrationApplied() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(TestDatabase.expectedProductName());
		}
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(this.flyway.info().applied()).isNotEmpty().noneMatch(migration -> migration.getState().isFailed());
	}

}
