package io.execroles.role;

import java.util.Optional;
import java.util.Set;

import io.execroles.source.Citation;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import org.hibernate.annotations.Immutable;

/**
 * Something roles are compared on, such as their reporting line: a row of the difference
 * table and a section of a profile. Where the articles disagree about it, the aspect
 * carries a note citing the passages in conflict.
 */
@Entity
@Immutable
public class Aspect {

	@Id
	private Long id;

	private String slug;

	private String name;

	private String question;

	private String disagreement;

	private int displayOrder;

	@ManyToMany
	@JoinTable(name = "aspect_disagreement_citation", joinColumns = @JoinColumn(name = "aspect_id"),
			inverseJoinColumns = @JoinColumn(name = "citation_id"))
	private Set<Citation> disagreementCitations;

	protected Aspect() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getQuestion() {
		return this.question;
	}

	public Optional<String> getDisagreement() {
		return Optional.ofNullable(this.disagreement);
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

	public Set<Citation> getDisagreementCitations() {
		return this.disagreementCitations;
	}

}
