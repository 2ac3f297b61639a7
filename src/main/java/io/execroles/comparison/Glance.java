package io.execroles.comparison;

import java.util.List;
import java.util.stream.Collectors;

import io.execroles.content.DivergenceKind;
import io.execroles.content.Picture;
import io.execroles.content.Role;
import io.execroles.source.Cite;

/**
 * What a reader should take in first: the roles' leads set side by side in one sentence,
 * then, for each line of the glance, each role's position in a few words, read after the
 * line's label ("Reports to" … "CEO, in many cases"), cited, and linking to the aspect's
 * row. A caveat is a note where the articles pull apart on what a line or the lead says.
 */
public record Glance(List<Role> roles, Lead lead, List<Row> rows, String path) {

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/** Where the row's aspect stands in the full comparison. */
	public String rowHref(Row row) {
		return this.path + "#" + row.anchor();
	}

	/**
	 * The roles' leads in one sentence, in their order, each after its role:
	 * {@code the CTO develops …; the CIO manages …}.
	 */
	public record Lead(String sentence, Cite cite, List<Caveat> caveats) {

		/**
		 * The articles the lead's passages stand in, by title: "“Difference between CTO
		 * and CIO”", so that a contrast one article draws is not said to be both's.
		 */
		public String drawnBy() {
			List<String> titles = this.cite.notes().stream().map(note -> note.sourceTitle()).distinct().toList();
			return titles.stream().map(title -> "“" + title + "”").collect(Collectors.joining(" and "));
		}

		/**
		 * The caveats by kind, in the order of the kinds: one sentence each on the page.
		 */
		public java.util.Map<DivergenceKind, List<Caveat>> caveatsByKind() {
			return this.caveats.stream()
				.collect(Collectors.groupingBy(Caveat::kind, () -> new java.util.EnumMap<>(DivergenceKind.class),
						Collectors.toList()));
		}

		public boolean drawnByOne() {
			return this.cite.notes().stream().map(note -> note.sourceSlug()).distinct().count() == 1;
		}

		static String of(List<Role> roles) {
			return roles.stream()
				.map(role -> "the " + role.abbreviation() + " " + role.lead().text())
				.collect(Collectors.joining("; ")) + ".";
		}

	}

	/** A note that qualifies what the glance says: its kind, and where it stands. */
	public record Caveat(String anchor, DivergenceKind kind, String topic, String aspectName) {
	}

	/**
	 * One line: {@code aspectName} names the row it links to, {@code label} reads before
	 * each gist; {@code picture} is the picture the comparison also draws of it, or null.
	 */
	public record Row(String anchor, String aspectName, String label, List<Cell> cells, Caveat caveat,
			Picture picture) {
	}

	/** A role's gist, or a null {@code text} where the role has none on this line. */
	public record Cell(Role role, String text, Cite cite) {
	}

}
