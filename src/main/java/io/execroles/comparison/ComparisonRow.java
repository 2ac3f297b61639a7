package io.execroles.comparison;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.execroles.content.DivergenceKind;
import io.execroles.content.Role;
import io.execroles.role.CitedStatement;
import io.execroles.source.Cite;

/**
 * One aspect across the compared roles. Each cell holds what is the role's own; each
 * piece of shared ground holds what several of the roles hold, said once. {@code kind}
 * says what the row holds, judged on everything the articles say, whatever the view
 * shows; in the view of differences only, the shared ground is left out and
 * {@code hiddenShared} counts it. {@code aliases} are anchors of rows merged into this
 * one, which still land on it.
 */
public record ComparisonRow(String anchor, String name, String question, List<String> aliases, Kind kind,
		List<Cell> cells, List<SharedGround> shared, int hiddenShared, List<Divergence> divergences) {

	/** What a row holds, so that its label says something. */
	public enum Kind {

		/** Every role is described, by statements of its own and no shared ground. */
		DIFFERS("Differs", "the roles differ, and share nothing here"),

		/** Every role is described; some of it is shared ground and some is not. */
		PARTLY_SHARED("Partly shared", "the roles differ here, and also share something, said once across the columns"),

		/** Every role is described, and by shared ground alone. */
		SHARED("Shared", "the articles say the same of every role"),

		/** The articles say nothing on this for at least one of the roles. */
		ONE_SIDED("Only some described", "the articles say nothing here of at least one role");

		private final String label;

		private final String meaning;

		Kind(String label, String meaning) {
			this.label = label;
			this.meaning = meaning;
		}

		public String label() {
			return this.label;
		}

		/** What the label means, for the legend. */
		public String meaning() {
			return this.meaning;
		}

		/** The name a stylesheet knows the kind by. */
		public String css() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * The row's label: for a row that describes only some roles, which ones ("CTO only").
	 */
	public String label() {
		if (this.kind != Kind.ONE_SIDED) {
			return this.kind.label();
		}
		return this.cells.stream()
			.filter(Cell::described)
			.map(cell -> cell.role().abbreviation())
			.collect(Collectors.joining(" and ")) + " only";
	}

	/**
	 * A role's statements of its own. {@code sharesGround} is true where the role also
	 * holds shared ground on the aspect, shown or not.
	 */
	public record Cell(Role role, List<CitedStatement> statements, boolean sharesGround) {

		/** True where the articles say anything of the role on this aspect. */
		public boolean described() {
			return !this.statements.isEmpty() || this.sharesGround;
		}

	}

	/** What several of the compared roles hold, said once for all of them. */
	public record SharedGround(List<Role> heldBy, boolean byAll, List<CitedStatement> statements) {

		/** Who holds it, as a reader would say it: "Both", "All three", "CTO and CFO". */
		public String label() {
			if (this.byAll) {
				return switch (this.heldBy.size()) {
					case 2 -> "Both";
					case 3 -> "All three";
					default -> "All " + this.heldBy.size();
				};
			}
			return this.heldBy.stream().map(Role::abbreviation).collect(Collectors.joining(" and "));
		}

	}

	/**
	 * Where the sources do not line up on this aspect: a note in the site's words, of a
	 * kind, citing the passages concerned; {@code anchor} is its id on the page.
	 */
	public record Divergence(String anchor, DivergenceKind kind, String topic, String note, Cite cite) {

		public List<io.execroles.source.Note> notes() {
			return this.cite.notes();
		}

	}

}
