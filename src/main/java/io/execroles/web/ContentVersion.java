package io.execroles.web;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * The version of the content the site serves: the latest migration Flyway has applied,
 * recorded as the application migrates at start-up, without a query of its own. It goes
 * into every page's ETag, so that during a rolling deployment instances of two releases
 * never vouch for each other's pages.
 */
@Component
public class ContentVersion implements FlywayMigrationStrategy {

	private volatile String version = "none";

	@Override
	public void migrate(Flyway flyway) {
		MigrateResult result = flyway.migrate();
		String applied = (result.targetSchemaVersion != null) ? result.targetSchemaVersion
				: result.initialSchemaVersion;
		if (applied != null) {
			this.version = applied;
		}
	}

	/** Such as {@code 8}; {@code none} before, or without, a migration. */
	public String get() {
		return this.version;
	}

}
