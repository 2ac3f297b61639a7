package io.execroles.content;

import java.util.List;

/**
 * A role's position on a glance line in a few words ("the CEO"), read after its label,
 * with the hedge the passage puts on it ("in many cases") and, for an orientation
 * picture, the way the role faces.
 */
public record Gist(Role role, String text, String hedge, Direction direction, List<Passage> passages) {

	/** The gist as the glance reads it: "the CEO, in many cases". */
	public String reading() {
		return (this.hedge != null) ? this.text + ", " + this.hedge : this.text;
	}

}
