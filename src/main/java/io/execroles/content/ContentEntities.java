package io.execroles.content;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The content's tables as JPA entities, read once, at start, into the
 * {@link ContentSnapshot}. They are only ever read: {@link ContentMigration} writes the
 * rows. They hold the ids of the rows they refer to rather than associations, so that the
 * snapshot resolves every reference itself, with no proxy or lazy load in between.
 * Package-private: no feature reaches past the snapshot to the database.
 */
final class ContentEntities {

	private ContentEntities() {
	}

	@Entity(name = "Source")
	@Table(name = "source")
	@Immutable
	static class SourceEntity {

		@Id
		Long id;

		String slug;

		String title;

		String body;

		int displayOrder;

		String publisher;

		String originalUrl;

		String author;

		LocalDate publishedOn;

		String reading;

	}

	@Entity(name = "Passage")
	@Table(name = "citation")
	@Immutable
	static class PassageEntity {

		@Id
		Long id;

		Long sourceId;

		String anchor;

		String passage;

	}

	@Entity(name = "Role")
	@Table(name = "role")
	@Immutable
	static class RoleEntity {

		@Id
		Long id;

		String slug;

		String abbreviation;

		String title;

		String summary;

		String lead;

		int displayOrder;

		String colour;

		String darkColour;

		@ElementCollection
		@CollectionTable(name = "role_summary_citation", joinColumns = @JoinColumn(name = "role_id"))
		@Column(name = "citation_id")
		Set<Long> summaryPassageIds;

		@ElementCollection
		@CollectionTable(name = "role_lead_citation", joinColumns = @JoinColumn(name = "role_id"))
		@Column(name = "citation_id")
		Set<Long> leadPassageIds;

	}

	@Entity(name = "Aspect")
	@Table(name = "aspect")
	@Immutable
	static class AspectEntity {

		@Id
		Long id;

		String slug;

		String name;

		String question;

		int displayOrder;

		@Enumerated(EnumType.STRING)
		AspectLayout layout;

		@ElementCollection
		@CollectionTable(name = "aspect_alias", joinColumns = @JoinColumn(name = "aspect_id"))
		@Column(name = "alias")
		Set<String> aliases;

	}

	@Entity(name = "Divergence")
	@Table(name = "divergence")
	@Immutable
	static class DivergenceEntity {

		@Id
		Long id;

		Long aspectId;

		String slug;

		@Enumerated(EnumType.STRING)
		DivergenceKind kind;

		String topic;

		String text;

		int displayOrder;

		@ElementCollection
		@CollectionTable(name = "divergence_citation", joinColumns = @JoinColumn(name = "divergence_id"))
		@Column(name = "citation_id")
		Set<Long> passageIds;

	}

	@Entity(name = "Statement")
	@Table(name = "statement")
	@Immutable
	static class StatementEntity {

		@Id
		Long id;

		String slug;

		@Enumerated(EnumType.STRING)
		StatementKind kind;

		Long aspectId;

		String text;

		int displayOrder;

		@ElementCollection
		@CollectionTable(name = "statement_role", joinColumns = @JoinColumn(name = "statement_id"))
		@Column(name = "role_id")
		Set<Long> roleIds;

		@ElementCollection
		@CollectionTable(name = "statement_citation", joinColumns = @JoinColumn(name = "statement_id"))
		@Column(name = "citation_id")
		Set<Long> passageIds;

	}

	@Entity(name = "GlanceLine")
	@Table(name = "glance")
	@Immutable
	static class GlanceEntity {

		@Id
		Long id;

		String slug;

		Long aspectId;

		String label;

		Long caveatId;

		@Enumerated(EnumType.STRING)
		Picture picture;

		int displayOrder;

	}

	@Entity(name = "Gist")
	@Table(name = "gist")
	@Immutable
	static class GistEntity {

		@Id
		Long id;

		@Column(name = "glance_id")
		Long lineId;

		Long roleId;

		String text;

		String hedge;

		@Enumerated(EnumType.STRING)
		Direction direction;

		@ElementCollection
		@CollectionTable(name = "gist_citation", joinColumns = @JoinColumn(name = "gist_id"))
		@Column(name = "citation_id")
		Set<Long> passageIds;

	}

	@Entity(name = "UncoveredTopic")
	@Table(name = "uncovered_topic")
	@Immutable
	static class TopicEntity {

		@Id
		Long id;

		String slug;

		String name;

		int displayOrder;

		@ElementCollection
		@CollectionTable(name = "uncovered_topic_word", joinColumns = @JoinColumn(name = "topic_id"))
		@Column(name = "word")
		Set<String> words;

	}

	@Entity(name = "ContentVersion")
	@Table(name = "content_version")
	@Immutable
	static class VersionEntity {

		@Id
		Integer id;

		String version;

	}

}
