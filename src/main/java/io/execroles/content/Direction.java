package io.execroles.content;

/** Which way a role faces in the {@link Picture#ORIENTATION orientation} picture. */
public enum Direction {

	OUTWARD, INWARD

}
