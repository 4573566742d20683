package com.breachimpact.classification;

/**
 * How a file's sensitive data weighs on breach notification, most severe first.
 */
public enum Severity {

	/** Data that triggers notification of the people concerned. */
	NOTIFY,

	/** Personal data a person must look at before deciding. */
	REVIEW,

	/** Nothing that calls for notification or review. */
	INFORMATIONAL;

	/**
	 * Whether this severity is more severe than another.
	 * @param other the other severity
	 * @return whether this one comes first
	 */
	public boolean isMoreSevereThan(Severity other) {
		return ordinal() < other.ordinal();
	}

}
