package io.execroles.content;

/**
 * How a comparison shows an aspect: as a row of the table, or, for what gives a reader
 * nothing to choose between the roles by, in the short line of common ground under it.
 */
public enum AspectLayout {

	ROW, LINE

}
