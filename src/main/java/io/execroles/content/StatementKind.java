package io.execroles.content;

/**
 * What a statement says of a role, which decides where a profile shows it: what the role
 * does, what it asks of the person in it, or what is true of it (shown under its aspect).
 */
public enum StatementKind {

	RESPONSIBILITY, ATTRIBUTE, FACT

}
