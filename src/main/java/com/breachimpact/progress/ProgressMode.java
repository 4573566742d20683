package com.breachimpact.progress;

/**
 * How a long step shows its progress.
 */
public enum ProgressMode {

	/**
	 * A bar when standard output is a terminal ({@code System.console() != null}), else
	 * log lines.
	 */
	AUTO,

	/** Always a bar on standard error. */
	BAR,

	/** Log lines at an interval. */
	LOG,

	/** Nothing: scheduled runs with {@code --quiet}. */
	NONE

}
