package io.execroles.content;

/** A picture that a comparison draws from a line of its glance. */
public enum Picture {

	/**
	 * Whom each role reports to: a box above each role, the edge labelled with the hedge.
	 */
	REPORTING_LINE,

	/** Where each role looks: out, to customers and new technology, or in. */
	ORIENTATION

}
