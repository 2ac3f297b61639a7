package io.execroles.source;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

/** A verbatim passage of a source that statements rest on. */
@Entity
@Immutable
public class Citation {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	private String anchor;

	private String passage;

	protected Citation() {
	}

	public Long getId() {
		return this.id;
	}

	public Source getSource() {
		return this.source;
	}

	/** Where a citation link lands on the source's page; unique across sources. */
	public String getAnchor() {
		return this.anchor;
	}

	public String getPassage() {
		return this.passage;
	}

}
