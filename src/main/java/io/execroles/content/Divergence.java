package io.execroles.content;

import java.util.List;

/**
 * A note where the articles do not line up on an aspect: of a kind, on a topic ("on who
 * shapes strategy"), in the site's words, citing the passages concerned. {@code slug} is
 * its anchor on a comparison.
 */
public record Divergence(String slug, String aspectSlug, DivergenceKind kind, String topic, String text,
		List<Passage> passages) {
}
