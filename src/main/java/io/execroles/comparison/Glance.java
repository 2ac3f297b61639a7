package io.execroles.comparison;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import io.execroles.content.Role;
import io.execroles.source.Note;

/**
 * What a reader should take in first: the roles' leads set side by side in one sentence,
 * then, for each line of the glance, each role's position in a few words, read after the
 * line's label ("Reports to" … "the CEO, in many cases"), cited, and linking to the
 * aspect's row.
 */
public record Glance(List<Role> roles, List<Lead> leads, List<Row> rows, String path) {

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/**
	 * The roles' leads in one sentence: "The CTO develops …; the CIO manages …".
	 */
	public String inOneSentence() {
		String sentence = this.leads.stream()
			.map(lead -> "the " + lead.role().abbreviation() + " " + lead.role().lead().text())
			.collect(Collectors.joining("; "));
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
	}

	/** The notes {@link #inOneSentence()} rests on. */
	public List<Note> inOneSentenceNotes() {
		return this.leads.stream()
			.flatMap(lead -> lead.notes().stream())
			.distinct()
			.sorted(Comparator.comparingInt(Note::number))
			.toList();
	}

	/** Every note the glance cites, in the order it cites them. */
	public List<Note> notes() {
		return java.util.stream.Stream
			.concat(inOneSentenceNotes().stream(),
					this.rows.stream().flatMap(row -> row.cells().stream()).flatMap(cell -> cell.notes().stream()))
			.distinct()
			.sorted(Comparator.comparingInt(Note::number))
			.toList();
	}

	/** Where the row's aspect stands in the full comparison. */
	public String rowHref(Row row) {
		return this.path + "#" + row.anchor();
	}

	/** A role's lead, as the opening sentence cites it. */
	public record Lead(Role role, List<Note> notes) {
	}

	/**
	 * One line: {@code aspectName} names the row it links to, {@code label} reads before
	 * each gist.
	 */
	public record Row(String anchor, String aspectName, String label, List<Cell> cells) {
	}

	/** A role's gist, or a null {@code text} where the role has none on this line. */
	public record Cell(Role role, String text, List<Note> notes) {
	}

}
