package com.breachimpact.cli;

/**
 * A command that cannot go on, with the exit code to end with and a one-line message for
 * the person who ran it.
 */
class CommandException extends RuntimeException {

	private final int exitCode;

	CommandException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	int exitCode() {
		return this.exitCode;
	}

}
