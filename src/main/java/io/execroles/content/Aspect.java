package io.execroles.content;

import java.util.List;

/**
 * Something the roles are compared on: a row of the comparison (or part of its line of
 * common ground) and a section of a profile for its facts. {@code aliases} are the
 * anchors of rows merged into it; {@code divergences} the notes where the articles do not
 * line up on it.
 */
public record Aspect(String slug, String name, String question, int order, AspectLayout layout, List<String> aliases,
		List<Divergence> divergences) {
}
