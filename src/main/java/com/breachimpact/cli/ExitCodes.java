package com.breachimpact.cli;

/**
 * Exit codes of the command line, for scripts and schedulers.
 */
public final class ExitCodes {

	/** The command completed; for a scan, every file is accounted for. */
	public static final int OK = 0;

	/** An unexpected error (a bug or an unavailable database): see the log. */
	public static final int ERROR = 1;

	/**
	 * Invalid input: unknown option, missing inventory or registry, malformed registry.
	 */
	public static final int INVALID_INPUT = 2;

	/** The scan completed but some files are unaccounted for. */
	public static final int UNACCOUNTED = 3;

	/** The scan job failed; {@code breach-impact restart} resumes it. */
	public static final int JOB_FAILED = 4;

	/** Another run of the same case is in progress: this one was not started. */
	public static final int CASE_BUSY = 5;

	private ExitCodes() {
	}

}
