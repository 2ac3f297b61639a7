package io.execroles.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.execroles.content.Passage;

/**
 * The citations of one page as it is assembled. Passages are numbered in the order the
 * page first cites them, and a passage cited again keeps its number; the notes in order
 * are the page's list of sources. Each citation control the page shows is kept too, so
 * that the page can hold every control's preview once.
 */
public final class Notes {

	private final Map<String, Note> byAnchor = new LinkedHashMap<>();

	private final Map<String, Cite> cites = new LinkedHashMap<>();

	/** The passages as this page's notes, in reading order. */
	public List<Note> cite(Collection<Passage> passages) {
		return passages.stream()
			.sorted(Passage.READING_ORDER)
			.map(this::noteFor)
			.sorted(Comparator.comparingInt(Note::number))
			.toList();
	}

	/**
	 * A citation control for the passages, whose preview has the given id on this page.
	 * Asking again for the same id answers the same control.
	 */
	public Cite control(String id, Collection<Passage> passages) {
		return this.cites.computeIfAbsent(id, key -> new Cite(key, cite(passages)));
	}

	/** Every note of the page, in order. */
	public List<Note> all() {
		return List.copyOf(this.byAnchor.values());
	}

	/** Every citation control of the page, in the order the page made them. */
	public List<Cite> controls() {
		return List.copyOf(new ArrayList<>(this.cites.values()));
	}

	private Note noteFor(Passage passage) {
		return this.byAnchor.computeIfAbsent(passage.anchor(), anchor -> new Note(this.byAnchor.size() + 1, passage));
	}

}
