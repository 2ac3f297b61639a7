package io.execroles.content;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Everything the content says, one line per thing, sorted: from the documents as an
 * editor wrote them, or from a snapshot as the site read it back from the database. Two
 * fingerprints are equal when the database holds exactly what the documents say.
 */
final class ContentFingerprint {

	private ContentFingerprint() {
	}

	static List<String> of(ContentDocuments documents) {
		var lines = new TreeSet<String>();
		documents.sources().forEach((slug, source) -> {
			lines.add(String.join("|", "source", slug, source.title(), source.publisher(), source.url(),
					String.valueOf(source.author()), String.valueOf(source.published()),
					String.valueOf(source.reading()), source.article()));
			source.passages().forEach((anchor, text) -> lines.add(String.join("|", "passage", anchor, slug, text)));
		});
		documents.roles()
			.forEach((slug,
					role) -> lines.add(String.join("|", "role", slug, role.abbreviation(), role.title(), role.colour(),
							role.darkColour(), role.summary().text(), sorted(role.summary().cite()), role.lead().text(),
							sorted(role.lead().cite()))));
		documents.aspects().forEach((slug, aspect) -> {
			lines.add(String.join("|", "aspect", slug, aspect.name(), aspect.question(),
					(aspect.layout() != null) ? aspect.layout() : "row",
					sorted((aspect.formerly() != null) ? aspect.formerly() : List.of())));
			aspect.statements()
				.forEach(statement -> lines.add(String.join("|", "statement", statement.id(), statement.kind(), slug,
						statement.text(), String.join(",", statement.roles()), sorted(statement.cite()))));
			if (aspect.notes() != null) {
				aspect.notes()
					.forEach(note -> lines
						.add(String.join("|", "note", note.id(), slug, note.kind(), note.text(), sorted(note.cite()))));
			}
			if (aspect.glance() != null) {
				aspect.glance().forEach(line -> {
					lines.add(String.join("|", "glance", line.id(), slug, line.label(), String.valueOf(line.caveat()),
							String.valueOf(line.picture())));
					line.gists()
						.forEach((role, gist) -> lines.add(String.join("|", "gist", line.id(), role, gist.text(),
								String.valueOf(gist.hedge()), String.valueOf(gist.direction()), sorted(gist.cite()))));
				});
			}
		});
		documents.notCovered()
			.topics()
			.forEach(topic -> lines.add(String.join("|", "topic", topic.id(), topic.name(), sorted(topic.words()))));
		return List.copyOf(lines);
	}

	static List<String> of(ContentSnapshot snapshot) {
		var lines = new TreeSet<String>();
		for (Source source : snapshot.sources()) {
			lines.add(String.join("|", "source", source.slug(), source.title(), source.publisher(), source.url(),
					String.valueOf(source.author()), String.valueOf(source.published()),
					String.valueOf(source.reading()), source.article()));
		}
		for (Passage passage : snapshot.passages()) {
			lines.add(String.join("|", "passage", passage.anchor(), passage.source().slug(), passage.text()));
		}
		for (Role role : snapshot.roles()) {
			lines.add(String.join("|", "role", role.slug(), role.abbreviation(), role.title(), role.colour(),
					role.darkColour(), role.summary().text(), anchors(role.summary().passages()), role.lead().text(),
					anchors(role.lead().passages())));
		}
		for (Aspect aspect : snapshot.aspects()) {
			lines.add(String.join("|", "aspect", aspect.slug(), aspect.name(), aspect.question(), name(aspect.layout()),
					sorted(aspect.aliases())));
			for (Divergence note : aspect.divergences()) {
				lines.add(String.join("|", "note", note.slug(), aspect.slug(), name(note.kind()), note.text(),
						anchors(note.passages())));
			}
		}
		for (Statement statement : snapshot.statements()) {
			lines.add(String.join("|", "statement", statement.slug(), name(statement.kind()), statement.aspect().slug(),
					statement.text(), String.join(",", statement.roles().stream().map(Role::slug).toList()),
					anchors(statement.passages())));
		}
		for (GlanceLine line : snapshot.glance()) {
			lines.add(String.join("|", "glance", line.slug(), line.aspect().slug(), line.label(),
					(line.caveat() != null) ? line.caveat().slug() : "null",
					(line.picture() != null) ? name(line.picture()) : "null"));
			for (Gist gist : line.gists()) {
				lines.add(String.join("|", "gist", line.slug(), gist.role().slug(), gist.text(),
						String.valueOf(gist.hedge()), (gist.direction() != null) ? name(gist.direction()) : "null",
						anchors(gist.passages())));
			}
		}
		for (Topic topic : snapshot.topics()) {
			lines.add(String.join("|", "topic", topic.slug(), topic.name(), sorted(topic.words())));
		}
		return List.copyOf(lines);
	}

	private static String name(Enum<?> constant) {
		return ContentRules.name(constant);
	}

	private static String anchors(List<Passage> passages) {
		return sorted(passages.stream().map(Passage::anchor).toList());
	}

	private static String sorted(List<String> values) {
		var copy = new ArrayList<>(values);
		copy.sort(null);
		return String.join(",", copy);
	}

}
