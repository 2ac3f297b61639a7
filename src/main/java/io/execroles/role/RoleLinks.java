package io.execroles.role;

import java.util.List;

import io.execroles.web.error.ErrorPageLinks;

import org.springframework.stereotype.Component;

/** An error page offers the roles' profiles. */
@Component
class RoleLinks implements ErrorPageLinks {

	private final RoleService roles;

	RoleLinks(RoleService roles) {
		this.roles = roles;
	}

	@Override
	public List<Link> links() {
		return this.roles.findAll()
			.stream()
			.map(role -> new Link(role.abbreviation(), role.title(), role.path()))
			.toList();
	}

}
