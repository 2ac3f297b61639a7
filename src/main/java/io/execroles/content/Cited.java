package io.execroles.content;

import java.util.List;

/** Words the site writes and the passages they rest on, in reading order. */
public record Cited(String text, List<Passage> passages) {
}
