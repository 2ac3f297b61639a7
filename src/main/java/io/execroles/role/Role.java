package io.execroles.role;

import java.util.Set;

import io.execroles.source.Citation;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.Immutable;

/** An executive role. Which roles exist is data: no code names one. */
@Entity
@Immutable
public class Role {

	@Id
	private Long id;

	private String slug;

	private String abbreviation;

	private String title;

	private String summary;

	private int displayOrder;

	private String colour;

	private String darkColour;

	@OneToMany(mappedBy = "role")
	private Set<Gist> gists;

	@ManyToMany
	@JoinTable(name = "role_summary_citation", joinColumns = @JoinColumn(name = "role_id"),
			inverseJoinColumns = @JoinColumn(name = "citation_id"))
	private Set<Citation> summaryCitations;

	protected Role() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getAbbreviation() {
		return this.abbreviation;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

	/** The role's colour on light pages, as #rrggbb. */
	public String getColour() {
		return this.colour;
	}

	/** The role's colour on dark pages, as #rrggbb. */
	public String getDarkColour() {
		return this.darkColour;
	}

	/** The role's gists; fetched only by the queries that need them. */
	public Set<Gist> getGists() {
		return this.gists;
	}

	public Set<Citation> getSummaryCitations() {
		return this.summaryCitations;
	}

}
