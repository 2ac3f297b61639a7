package io.execroles.role;

import java.util.List;

import io.execroles.web.ErrorPageLinks;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/** An error page offers the roles' profiles. */
@Component
class RoleLinks implements ErrorPageLinks {

	private final RoleService roles;

	RoleLinks(RoleService roles) {
		this.roles = roles;
	}

	@Override
	public List<Link> links() {
		try {
			return this.roles.findAll()
				.stream()
				.map(role -> new Link(role.abbreviation(), role.title(), role.path()))
				.toList();
		}
		catch (DataAccessException | TransactionException ex) {
			// The roles were never read and the database is away: the page still answers.
			return List.of();
		}
	}

}
