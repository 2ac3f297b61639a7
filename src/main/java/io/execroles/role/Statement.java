package io.execroles.role;

import java.util.Set;

import io.execroles.source.Citation;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

/**
 * Something the site says about one or more roles, resting on at least one cited passage.
 * A statement held by several roles is common ground between them. Its kind decides where
 * a profile shows it; its aspect decides the row of the comparison. All kinds share one
 * table so that a page loads every statement in one query.
 */
@Entity
@Immutable
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Statement {

	@Id
	private Long id;

	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Aspect aspect;

	private String text;

	private int displayOrder;

	@ManyToMany
	@JoinTable(name = "statement_role", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id"))
	private Set<Role> roles;

	@ManyToMany
	@JoinTable(name = "statement_citation", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "citation_id"))
	private Set<Citation> citations;

	protected Statement() {
	}

	public Long getId() {
		return this.id;
	}

	/** Unique across roles: the anchor of the statement on a profile. */
	public String getSlug() {
		return this.slug;
	}

	public Aspect getAspect() {
		return this.aspect;
	}

	public String getText() {
		return this.text;
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public Set<Citation> getCitations() {
		return this.citations;
	}

}
