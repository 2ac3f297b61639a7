package io.execroles.web.layout;

import java.time.LocalDate;

/**
 * Which content a page shows: its version (the documents' hash) and the date of the build
 * that carries it, or null where the build did not record one.
 */
public record Edition(String version, LocalDate built) {
}
