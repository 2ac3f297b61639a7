package io.execroles.source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One citation control on a page: the passages behind one statement (or gist, note,
 * summary), which it opens together in place. {@code id} is the id of its preview on the
 * page; the notes carry the page's numbers, which the control shows and print keeps.
 */
public record Cite(String id, List<Note> notes) {

	/** "3" or "3, 4": the numbers of the notes, as the list of sources numbers them. */
	public String label() {
		return this.notes.stream().map(note -> String.valueOf(note.number())).collect(Collectors.joining(", "));
	}

	/**
	 * What a screen reader announces: "Sources 3, 4: Difference between CTO and CIO". It
	 * holds the label as shown, so that a reader who says what they see can press it.
	 */
	public String description() {
		String articles = this.notes.stream().map(Note::sourceTitle).distinct().collect(Collectors.joining("; "));
		return ((this.notes.size() == 1) ? "Source " : "Sources ") + label() + ": " + articles;
	}

	public boolean isEmpty() {
		return this.notes.isEmpty();
	}

}
