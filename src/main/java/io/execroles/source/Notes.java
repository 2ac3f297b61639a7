package io.execroles.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.execroles.content.Passage;

/**
 * Numbers the passages one page cites as the page is assembled: the first passage cited
 * is note 1, and a passage cited again keeps its number. The notes in order are the
 * page's list of sources.
 */
public final class Notes {

	private final Map<String, Note> byAnchor = new LinkedHashMap<>();

	/** The passages as this page's notes, in reading order. */
	public List<Note> cite(Collection<Passage> passages) {
		return passages.stream()
			.sorted(Passage.READING_ORDER)
			.map(this::noteFor)
			.sorted(Comparator.comparingInt(Note::number))
			.toList();
	}

	public List<Note> all() {
		return List.copyOf(this.byAnchor.values());
	}

	private Note noteFor(Passage passage) {
		return this.byAnchor.computeIfAbsent(passage.anchor(), anchor -> new Note(this.byAnchor.size() + 1, passage));
	}

}
