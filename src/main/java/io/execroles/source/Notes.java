package io.execroles.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the citations of one page as it is assembled: the first passage cited is note
 * 1, and a passage cited again keeps its number. The notes in order are the page's list
 * of sources.
 */
public final class Notes {

	/**
	 * Within one statement, passages are cited in the order they stand in the articles.
	 */
	private static final Comparator<Citation> READING_ORDER = Comparator
		.comparingInt((Citation c) -> c.getSource().getDisplayOrder())
		.thenComparingInt(c -> c.getSource().getBody().indexOf(c.getPassage()));

	private final Map<Long, Note> byCitation = new LinkedHashMap<>();

	public List<Note> cite(Collection<Citation> citations) {
		return citations.stream()
			.sorted(READING_ORDER)
			.map(this::noteFor)
			.sorted(Comparator.comparingInt(Note::number))
			.toList();
	}

	public List<Note> all() {
		return List.copyOf(new ArrayList<>(this.byCitation.values()));
	}

	private Note noteFor(Citation citation) {
		return this.byCitation.computeIfAbsent(citation.getId(), id -> Note.of(this.byCitation.size() + 1, citation));
	}

}
