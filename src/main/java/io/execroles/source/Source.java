package io.execroles.source;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** An article as published: the only material the site's statements may rest on. */
@Entity
@Immutable
public class Source {

	@Id
	private Long id;

	private String slug;

	private String title;

	private String body;

	private int displayOrder;

	protected Source() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

}
