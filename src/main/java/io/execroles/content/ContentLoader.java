package io.execroles.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.execroles.content.ContentEntities.AspectEntity;
import io.execroles.content.ContentEntities.DivergenceEntity;
import io.execroles.content.ContentEntities.GistEntity;
import io.execroles.content.ContentEntities.GlanceEntity;
import io.execroles.content.ContentEntities.PassageEntity;
import io.execroles.content.ContentEntities.RoleEntity;
import io.execroles.content.ContentEntities.SourceEntity;
import io.execroles.content.ContentEntities.StatementEntity;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the content rows into a {@link ContentSnapshot}, in one transaction that sees one
 * state of them, resolving the rows' references to each other by id.
 */
@Component
class ContentLoader {

	private static final Log logger = LogFactory.getLog(ContentLoader.class);

	private final ContentRepository rows;

	private final ContentFiles documents;

	/**
	 * @param rows injected lazily: they need the entity manager factory, which Hibernate
	 * builds in the background while the application starts (application.properties)
	 */
	ContentLoader(@Lazy ContentRepository rows, ContentFiles documents) {
		this.rows = rows;
		this.documents = documents;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ContentSnapshot.Content load() {
		long start = System.nanoTime();
		Map<Long, Source> sources = new HashMap<>();
		for (SourceEntity row : this.rows.sources()) {
			sources.put(row.id, new Source(row.slug, row.title, row.displayOrder, row.publisher, row.originalUrl,
					row.author, row.publishedOn, row.reading, row.body));
		}
		Map<Long, Passage> passages = new HashMap<>();
		for (PassageEntity row : this.rows.passages()) {
			Source source = sources.get(row.sourceId);
			passages.put(row.id, new Passage(row.anchor, source, row.passage, source.article().indexOf(row.passage)));
		}
		Function<Collection<Long>, List<Passage>> cite = ids -> ids.stream()
			.map(passages::get)
			.sorted(Passage.READING_ORDER)
			.toList();

		Map<Long, Role> roles = new HashMap<>();
		for (RoleEntity row : this.rows.roles()) {
			roles.put(row.id,
					new Role(row.slug, row.abbreviation, row.title, row.displayOrder, row.colour, row.darkColour,
							new Cited(row.summary, cite.apply(row.summaryPassageIds)),
							new Cited(row.lead, cite.apply(row.leadPassageIds))));
		}

		Map<Long, List<DivergenceEntity>> divergenceRows = this.rows.divergences()
			.stream()
			.collect(Collectors.groupingBy(row -> row.aspectId));
		Map<Long, Aspect> aspects = new HashMap<>();
		Map<Long, Divergence> divergences = new HashMap<>();
		for (AspectEntity row : this.rows.aspects()) {
			var notes = new ArrayList<Divergence>();
			for (DivergenceEntity note : divergenceRows.getOrDefault(row.id, List.of())
				.stream()
				.sorted(Comparator.comparingInt(note -> note.displayOrder))
				.toList()) {
				var divergence = new Divergence(note.slug, row.slug, note.kind, note.topic, note.text,
						cite.apply(note.passageIds));
				divergences.put(note.id, divergence);
				notes.add(divergence);
			}
			aspects.put(row.id, new Aspect(row.slug, row.name, row.question, row.displayOrder, row.layout,
					row.aliases.stream().sorted().toList(), List.copyOf(notes)));
		}

		var statements = new ArrayList<Statement>();
		for (StatementEntity row : this.rows.statements()) {
			statements.add(new Statement(row.slug, row.kind, aspects.get(row.aspectId), row.text,
					row.roleIds.stream().map(roles::get).sorted(Comparator.comparingInt(Role::order)).toList(),
					cite.apply(row.passageIds), row.displayOrder));
		}

		Map<Long, List<GistEntity>> gistRows = this.rows.gists()
			.stream()
			.collect(Collectors.groupingBy(row -> row.lineId));
		var glance = new ArrayList<GlanceLine>();
		for (GlanceEntity row : this.rows.glance()) {
			List<Gist> gists = gistRows.getOrDefault(row.id, List.of())
				.stream()
				.map(gist -> new Gist(roles.get(gist.roleId), gist.text, gist.hedge, gist.direction,
						cite.apply(gist.passageIds)))
				.sorted(Comparator.comparingInt(gist -> gist.role().order()))
				.toList();
			glance.add(new GlanceLine(row.slug, row.label, aspects.get(row.aspectId),
					(row.caveatId != null) ? divergences.get(row.caveatId) : null, row.picture, row.displayOrder,
					gists));
		}

		List<Topic> topics = this.rows.topics()
			.stream()
			.sorted(Comparator.comparingInt(row -> row.displayOrder))
			.map(row -> new Topic(row.slug, row.name, row.words.stream().sorted().toList()))
			.toList();

		String version = this.rows.version().orElse("none");
		if (!version.equals(this.documents.version())) {
			logger.warn("The database holds content version " + version + ", but this build's documents are version "
					+ this.documents.version() + ": another release wrote it last. This instance serves what the "
					+ "database holds, as version " + version + ".");
		}
		var snapshot = new ContentSnapshot.Content(version, List.copyOf(sources.values()),
				List.copyOf(passages.values()), List.copyOf(roles.values()), List.copyOf(aspects.values()), statements,
				glance, topics);
		logger.info(String.format("Read content version %s: %d roles, %d aspects, %d statements, %d passages, in %d ms",
				version, roles.size(), aspects.size(), statements.size(), passages.size(),
				(System.nanoTime() - start) / 1_000_000));
		return snapshot;
	}

}
