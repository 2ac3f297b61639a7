package io.execroles.content;

import java.util.List;
import java.util.Optional;

/**
 * A line of the glance that leads a comparison: a label ("Reports to") and each role's
 * gist, linking to its aspect's row. {@code caveat} is a note that qualifies the line, or
 * null; {@code picture}, a picture the comparison also draws from it, or null.
 */
public record GlanceLine(String slug, String label, Aspect aspect, Divergence caveat, Picture picture, int order,
		List<Gist> gists) {

	public Optional<Gist> gistOf(Role role) {
		return this.gists.stream().filter(gist -> gist.role().slug().equals(role.slug())).findFirst();
	}

}
