package io.execroles.role;

import java.util.Set;

import io.execroles.source.Citation;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

/**
 * A role's position on a headline aspect in a few words ("the CEO, in many cases"), read
 * after the aspect's glance label. Cited like a statement, so that the at-a-glance block
 * says nothing the articles do not.
 */
@Entity
@Immutable
public class Gist {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Aspect aspect;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Role role;

	private String text;

	@ManyToMany
	@JoinTable(name = "gist_citation", joinColumns = @JoinColumn(name = "gist_id"),
			inverseJoinColumns = @JoinColumn(name = "citation_id"))
	private Set<Citation> citations;

	protected Gist() {
	}

	public Aspect getAspect() {
		return this.aspect;
	}

	public Role getRole() {
		return this.role;
	}

	public String getText() {
		return this.text;
	}

	public Set<Citation> getCitations() {
		return this.citations;
	}

}
