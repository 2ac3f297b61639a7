package io.execroles.role;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Every role, kept once read: the content changes only with a migration, which means a
 * restart. Addresses are checked against it, so an unknown role, and an error page with
 * its links to the roles, cost no query. Deliberately not transactional: once the roles
 * are known, asking for them must not need a database connection, which may be away.
 */
@Component
class RoleDirectory {

	private final RoleRepository roles;

	private volatile List<RoleSummary> all;

	RoleDirectory(@Lazy RoleRepository roles) {
		this.roles = roles;
	}

	List<RoleSummary> findAll() {
		List<RoleSummary> known = this.all;
		if (known == null) {
			known = this.roles.findAllByOrderByDisplayOrder().stream().map(RoleSummary::of).toList();
			this.all = known;
		}
		return known;
	}

	Optional<RoleSummary> find(String slug) {
		return findAll().stream().filter(role -> role.slug().equals(slug)).findFirst();
	}

	/**
	 * Reads the roles as soon as the application is ready, so that error pages and
	 * unknown addresses never need the database, even if it goes away before the first
	 * page is asked for.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void readAhead() {
		try {
			findAll();
		}
		catch (DataAccessException | TransactionException ex) {
			// Read on first use instead.
		}
	}

}
