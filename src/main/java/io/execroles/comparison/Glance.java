package io.execroles.comparison;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.execroles.role.RoleSummary;
import io.execroles.source.Note;

/**
 * The few contrasts a reader should take in first: for each headline aspect, each role's
 * position in a few words, read after the row's label ("Reports to" … "the CEO, in many
 * cases"), cited, and linking to the aspect's row.
 */
public record Glance(List<RoleSummary> roles, List<Row> rows, String path) {

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/**
	 * The main difference in one sentence, from the first headline aspect: "The CTO
	 * focuses mainly on customers; the CIO focuses mainly on internal customers." Null
	 * where a role has no gist there. The first headline aspect's label is written to
	 * read as a verb phrase before each gist.
	 */
	public String inOneSentence() {
		if (this.rows.isEmpty() || this.rows.get(0).cells().stream().anyMatch(cell -> cell.text() == null)) {
			return null;
		}
		Row first = this.rows.get(0);
		String verb = first.label().substring(0, 1).toLowerCase(Locale.ROOT) + first.label().substring(1);
		String sentence = first.cells()
			.stream()
			.map(cell -> "the " + cell.role().abbreviation() + " " + verb + " " + cell.text())
			.collect(Collectors.joining("; "));
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
	}

	/** The notes {@link #inOneSentence()} rests on. */
	public List<Note> inOneSentenceNotes() {
		return this.rows.isEmpty() ? List.of()
				: this.rows.get(0).cells().stream().flatMap(cell -> cell.notes().stream()).distinct().toList();
	}

	/** Every note the glance cites, in the order it cites them. */
	public List<Note> notes() {
		return this.rows.stream()
			.flatMap(row -> row.cells().stream())
			.flatMap(cell -> cell.notes().stream())
			.distinct()
			.sorted(java.util.Comparator.comparingInt(Note::number))
			.toList();
	}

	/** Where the row's aspect stands in the full comparison. */
	public String rowHref(Row row) {
		return this.path + "#" + row.anchor();
	}

	/**
	 * One headline aspect: {@code aspectName} names the row it links to, {@code label}
	 * reads before each gist.
	 */
	public record Row(String anchor, String aspectName, String label, List<Cell> cells) {
	}

	/** A role's gist, or a null {@code text} where the role has none on this aspect. */
	public record Cell(RoleSummary role, String text, List<Note> notes) {
	}

}
