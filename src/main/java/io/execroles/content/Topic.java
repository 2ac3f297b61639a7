package io.execroles.content;

import java.util.List;

/** A topic readers ask about that the articles do not cover, and the words for it. */
public record Topic(String slug, String name, List<String> words) {
}
