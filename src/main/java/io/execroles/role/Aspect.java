package io.execroles.role;

import java.util.Optional;
import java.util.Set;

import io.execroles.source.Citation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.Immutable;

/**
 * Something roles are compared on, such as their reporting line: a row of the difference
 * table and a section of a profile. Where the sources do not line up on it, the aspect
 * carries a note of a {@link DivergenceKind kind}, citing the passages concerned.
 */
@Entity
@Immutable
public class Aspect {

	@Id
	private Long id;

	private String slug;

	private String name;

	private String question;

	private String divergence;

	@Enumerated(EnumType.STRING)
	private DivergenceKind divergenceKind;

	private int displayOrder;

	private String glanceLabel;

	@OneToMany(mappedBy = "aspect")
	private Set<Gist> gists;

	@ManyToMany
	@JoinTable(name = "aspect_divergence_citation", joinColumns = @JoinColumn(name = "aspect_id"),
			inverseJoinColumns = @JoinColumn(name = "citation_id"))
	private Set<Citation> divergenceCitations;

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

	/** The note on how the sources diverge here, in the site's words. */
	public Optional<String> getDivergence() {
		return Optional.ofNullable(this.divergence);
	}

	public DivergenceKind getDivergenceKind() {
		return this.divergenceKind;
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

	/**
	 * Present on a headline aspect: the words each role's gist is read after ("Reports
	 * to").
	 */
	public Optional<String> getGlanceLabel() {
		return Optional.ofNullable(this.glanceLabel);
	}

	/**
	 * The roles' gists on a headline aspect; fetched only by the queries that need them.
	 */
	public Set<Gist> getGists() {
		return this.gists;
	}

	public Set<Citation> getDivergenceCitations() {
		return this.divergenceCitations;
	}

}
