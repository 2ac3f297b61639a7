package io.execroles.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A page's notes from one article, for a list of sources that names each article once
 * rather than after every passage.
 */
public record NoteGroup(String sourceSlug, String sourceTitle, String publisher, String path, List<Note> notes) {

	/** The notes grouped by article, in the order the page first cites each article. */
	public static List<NoteGroup> of(List<Note> notes) {
		var bySource = new LinkedHashMap<String, List<Note>>();
		notes.forEach(note -> bySource.computeIfAbsent(note.sourceSlug(), slug -> new ArrayList<>()).add(note));
		return bySource.values().stream().map(group -> {
			Note first = group.get(0);
			return new NoteGroup(first.sourceSlug(), first.sourceTitle(), first.publisher(),
					first.passage().source().path(), List.copyOf(group));
		}).toList();
	}

}
