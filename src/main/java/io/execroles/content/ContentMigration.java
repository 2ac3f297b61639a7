package io.execroles.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.execroles.content.ContentDocuments.AspectDocument;
import io.execroles.content.ContentDocuments.GistDocument;
import io.execroles.content.ContentDocuments.GlanceDocument;
import io.execroles.content.ContentDocuments.NoteDocument;
import io.execroles.content.ContentDocuments.RoleDocument;
import io.execroles.content.ContentDocuments.SourceDocument;
import io.execroles.content.ContentDocuments.StatementDocument;
import io.execroles.content.ContentDocuments.TopicDocument;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Writes the content documents into the database: a repeatable migration ({@code R})
 * whose checksum is the documents' hash, so that Flyway runs it after the versioned ones
 * whenever a document has changed, and never otherwise. It replaces every content row in
 * the migration's one transaction, under Flyway's lock: instances that start together
 * write it once, and an instance never reads half of it. The rows refer to each other by
 * generated id; the documents, by slug and passage id.
 */
@Component
class ContentMigration implements JavaMigration {

	/**
	 * Children before parents, so that no row is deleted while another still refers to
	 * it.
	 */
	private static final List<String> CONTENT_TABLES = List.of("gist_citation", "gist", "glance", "divergence_citation",
			"divergence", "statement_citation", "statement_role", "statement", "aspect_alias", "aspect",
			"role_summary_citation", "role_lead_citation", "role", "citation", "source", "uncovered_topic_word",
			"uncovered_topic", "content_version");

	private final ContentFiles documents;

	ContentMigration(ContentFiles documents) {
		this.documents = documents;
	}

	@Override
	public MigrationVersion getVersion() {
		return null;
	}

	@Override
	public String getDescription() {
		return "content";
	}

	@Override
	public Integer getChecksum() {
		return (int) Long.parseLong(this.documents.version().substring(0, 8), 16);
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		new Writer(context.getConnection()).replaceWith(this.documents.documents());
	}

	/** One replacement of the content rows, over one connection. */
	private static final class Writer {

		private final Connection connection;

		private final Map<String, Long> passages = new HashMap<>();

		private final Map<String, Long> roles = new HashMap<>();

		private final Map<String, Long> aspects = new HashMap<>();

		private final Map<String, Long> notes = new HashMap<>();

		Writer(Connection connection) {
			this.connection = connection;
		}

		void replaceWith(ContentDocuments documents) throws SQLException {
			try (Statement delete = this.connection.createStatement()) {
				for (String table : CONTENT_TABLES) {
					delete.executeUpdate("DELETE FROM " + table);
				}
			}
			for (var source : documents.sources().entrySet()) {
				source(source.getKey(), source.getValue());
			}
			for (var role : documents.roles().entrySet()) {
				role(role.getKey(), role.getValue());
			}
			for (var aspect : documents.aspects().entrySet()) {
				aspect(aspect.getKey(), aspect.getValue());
			}
			for (var aspect : documents.aspects().entrySet()) {
				statements(aspect.getKey(), aspect.getValue());
			}
			int order = 0;
			for (TopicDocument topic : documents.notCovered().topics()) {
				long id = insert("INSERT INTO uncovered_topic (slug, name, display_order) VALUES (?, ?, ?)", topic.id(),
						topic.name(), ++order);
				for (String word : topic.words()) {
					insert("INSERT INTO uncovered_topic_word (topic_id, word) VALUES (?, ?)", id, word);
				}
			}
			insert("INSERT INTO content_version (id, version) VALUES (?, ?)", 1, documents.version());
		}

		private void source(String slug, SourceDocument source) throws SQLException {
			long id = insert("""
					INSERT INTO source (slug, title, body, display_order, publisher, original_url, author,
					                    published_on, reading)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", slug, source.title(), source.article(), source.order(),
					source.publisher(), source.url(), source.author(),
					(source.published() != null) ? LocalDate.parse(source.published()) : null, source.reading());
			for (var passage : source.passages().entrySet()) {
				this.passages.put(passage.getKey(),
						insert("INSERT INTO citation (source_id, anchor, passage) VALUES (?, ?, ?)", id,
								passage.getKey(), passage.getValue()));
			}
		}

		private void role(String slug, RoleDocument role) throws SQLException {
			long id = insert("""
					INSERT INTO role (slug, abbreviation, title, summary, display_order, colour, dark_colour, lead)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", slug, role.abbreviation(), role.title(), role.summary().text(),
					role.order(), role.colour(), role.darkColour(), role.lead().text());
			this.roles.put(slug, id);
			cite("role_summary_citation", "role_id", id, role.summary().cite());
			cite("role_lead_citation", "role_id", id, role.lead().cite());
		}

		/**
		 * An aspect and its notes first, for every aspect, so that any glance line may
		 * name a note of another aspect as its caveat.
		 */
		private void aspect(String slug, AspectDocument aspect) throws SQLException {
			String layout = (aspect.layout() != null) ? aspect.layout() : ContentRules.name(AspectLayout.ROW);
			long id = insert("INSERT INTO aspect (slug, name, question, display_order, layout) VALUES (?, ?, ?, ?, ?)",
					slug, aspect.name(), aspect.question(), aspect.order(),
					ContentRules.valueOf(AspectLayout.class, layout).name());
			this.aspects.put(slug, id);
			for (String alias : list(aspect.formerly())) {
				insert("INSERT INTO aspect_alias (aspect_id, alias) VALUES (?, ?)", id, alias);
			}
			int order = 0;
			for (NoteDocument note : list(aspect.notes())) {
				long noteId = insert("""
						INSERT INTO divergence (aspect_id, slug, kind, topic, text, display_order)
						VALUES (?, ?, ?, ?, ?, ?)""", id, note.id(),
						ContentRules.valueOf(DivergenceKind.class, note.kind()).name(), note.topic(), note.text(),
						++order);
				this.notes.put(note.id(), noteId);
				cite("divergence_citation", "divergence_id", noteId, note.cite());
			}
		}

		/** What an aspect says of the roles, and its lines of the glance. */
		private void statements(String slug, AspectDocument aspect) throws SQLException {
			long id = this.aspects.get(slug);
			int order = 0;
			for (StatementDocument statement : aspect.statements()) {
				long statementId = insert("""
						INSERT INTO statement (slug, kind, aspect_id, text, display_order)
						VALUES (?, ?, ?, ?, ?)""", statement.id(),
						ContentRules.valueOf(StatementKind.class, statement.kind()).name(), id, statement.text(),
						aspect.order() * 1000 + (++order));
				for (String role : statement.roles()) {
					insert("INSERT INTO statement_role (statement_id, role_id) VALUES (?, ?)", statementId,
							this.roles.get(role));
				}
				cite("statement_citation", "statement_id", statementId, statement.cite());
			}
			for (GlanceDocument line : list(aspect.glance())) {
				long lineId = insert("""
						INSERT INTO glance (slug, aspect_id, label, caveat_id, picture, display_order)
						VALUES (?, ?, ?, ?, ?, ?)""", line.id(), id, line.label(),
						(line.caveat() != null) ? this.notes.get(line.caveat()) : null,
						(line.picture() != null) ? ContentRules.valueOf(Picture.class, line.picture()).name() : null,
						line.order());
				for (var gist : line.gists().entrySet()) {
					GistDocument document = gist.getValue();
					long gistId = insert("""
							INSERT INTO gist (glance_id, role_id, text, hedge, direction) VALUES (?, ?, ?, ?, ?)""",
							lineId, this.roles.get(gist.getKey()), document.text(), document.hedge(),
							(document.direction() != null)
									? ContentRules.valueOf(Direction.class, document.direction()).name() : null);
					cite("gist_citation", "gist_id", gistId, document.cite());
				}
			}
		}

		private void cite(String table, String column, long id, List<String> anchors) throws SQLException {
			for (String anchor : anchors) {
				insert("INSERT INTO " + table + " (" + column + ", citation_id) VALUES (?, ?)", id,
						this.passages.get(anchor));
			}
		}

		/** Inserts a row; answers its generated id, where the table has one. */
		private long insert(String sql, Object... values) throws SQLException {
			try (PreparedStatement insert = this.connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
				for (int i = 0; i < values.length; i++) {
					if (values[i] == null) {
						insert.setNull(i + 1, Types.NULL);
					}
					else {
						insert.setObject(i + 1, values[i]);
					}
				}
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					return keys.next() ? keys.getLong(1) : 0;
				}
			}
			catch (SQLException ex) {
				throw new SQLException("could not write content (" + sql.lines().findFirst().orElse(sql).strip()
						+ " with " + java.util.Arrays.toString(values) + "): " + ex.getMessage(), ex);
			}
		}

		private static <T> List<T> list(List<T> values) {
			return (values != null) ? values : List.of();
		}

	}

}
