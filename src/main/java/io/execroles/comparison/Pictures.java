package io.execroles.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.execroles.content.Direction;
import io.execroles.content.Role;
import io.execroles.source.Cite;

/**
 * The pictures a comparison draws from its glance lines: whom each role reports to, and
 * which way each faces, out of the company or into it. Each carries its citations and a
 * sentence that says in words what it shows.
 */
public record Pictures(ReportingLines reportingLines, Orientation orientation) {

	public boolean isEmpty() {
		return this.reportingLines == null && this.orientation == null;
	}

	/**
	 * Each role with the one it reports to, drawn as a box above the role's box, the line
	 * between them labelled with the hedge ("in many cases"). The boxes and lines are
	 * laid out here, in the SVG's own units; a role per column.
	 */
	public record ReportingLines(List<Line> lines, Cite cite, String description) {

		static final int COLUMN = 180;

		static final int BOX_WIDTH = 96;

		static final int BOX_HEIGHT = 34;

		static final int TOP = 6;

		static final int BOTTOM = 92;

		public int width() {
			return this.lines.size() * COLUMN;
		}

		public int height() {
			return BOTTOM + BOX_HEIGHT + 6;
		}

		public String viewBox() {
			return "0 0 " + width() + " " + height();
		}

		static ReportingLines of(List<Line> lines, Cite cite) {
			var bySuperior = new LinkedHashMap<String, List<Line>>();
			lines.forEach(
					line -> bySuperior.computeIfAbsent(line.superior() + "|" + line.hedge(), key -> new ArrayList<>())
						.add(line));
			String description = bySuperior.values().stream().map(group -> {
				String roles = group.stream()
					.map(line -> "the " + line.role().abbreviation())
					.collect(Collectors.joining(" and "));
				Line first = group.get(0);
				String hedge = (first.hedge() != null) ? first.hedge() + ", " : "";
				return hedge + roles + " " + ((group.size() == 1) ? "reports" : "report") + " to the "
						+ first.superior();
			}).collect(Collectors.joining("; "));
			return new ReportingLines(lines, cite,
					Character.toUpperCase(description.charAt(0)) + description.substring(1) + ".");
		}

		/** A role and whom it reports to, in its column. */
		public record Line(Role role, String superior, String hedge, int column) {

			public int centre() {
				return this.column * COLUMN + COLUMN / 2;
			}

			public int boxX() {
				return centre() - BOX_WIDTH / 2;
			}

			public int boxWidth() {
				return BOX_WIDTH;
			}

			public int boxHeight() {
				return BOX_HEIGHT;
			}

			public int superiorY() {
				return TOP;
			}

			public int roleY() {
				return BOTTOM;
			}

			/** Where the line between the boxes starts and ends. */
			public int edgeTop() {
				return TOP + BOX_HEIGHT;
			}

			public int edgeBottom() {
				return BOTTOM;
			}

			public int textY(int boxY) {
				return boxY + BOX_HEIGHT / 2 + 5;
			}

			public int hedgeY() {
				return (TOP + BOX_HEIGHT + BOTTOM) / 2 + 4;
			}

		}

	}

	/**
	 * Which way each role faces: out of the company, to customers and new technology, or
	 * into it, to the organization and the technology it has. Each role, in the roles'
	 * order, with the words of its gists on the lines drawn this way, hedges kept.
	 */
	public record Orientation(List<Facing> facings, Cite cite) {

		static Orientation of(Map<Role, List<String>> phrases, Map<Role, Direction> directions, Cite cite) {
			var facings = new ArrayList<Facing>();
			phrases.forEach((role, words) -> facings.add(new Facing(role, directions.get(role), List.copyOf(words))));
			return new Orientation(List.copyOf(facings), cite);
		}

		/** A role, which way it faces, and what it faces. */
		public record Facing(Role role, Direction direction, List<String> phrases) {

			public boolean outward() {
				return this.direction == Direction.OUTWARD;
			}

		}

	}

}
