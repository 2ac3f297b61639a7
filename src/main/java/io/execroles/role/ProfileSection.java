package io.execroles.role;

import java.util.List;

/** A part of a profile that a link can point to: {@code /roles/cto#reporting-line}. */
public record ProfileSection(String anchor, String heading, List<CitedStatement> statements) {
}
