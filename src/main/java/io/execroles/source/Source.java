package io.execroles.source;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * An article as published: the only material the site's statements may rest on, with
 * where it was published. What is not known of it (its author, its date) stays empty
 * rather than guessed.
 */
@Entity
@Immutable
public class Source {

	@Id
	private Long id;

	private String slug;

	private String title;

	private String body;

	private int displayOrder;

	private String publisher;

	private String originalUrl;

	private String author;

	private LocalDate publishedOn;

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

	/** Where the article was published, as its address names it. */
	public String getPublisher() {
		return this.publisher;
	}

	/** The article's own address on its publisher's site. */
	public String getOriginalUrl() {
		return this.originalUrl;
	}

	public Optional<String> getAuthor() {
		return Optional.ofNullable(this.author);
	}

	public Optional<LocalDate> getPublishedOn() {
		return Optional.ofNullable(this.publishedOn);
	}

}
