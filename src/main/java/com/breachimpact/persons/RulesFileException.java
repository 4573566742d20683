package com.breachimpact.persons;

/**
 * A rules or jurisdictions file cannot be used: the message names the file and the line
 * at fault.
 */
public class RulesFileException extends RuntimeException {

	private final int line;

	/**
	 * A problem at a line of a file.
	 * @param file the file (its path, or the shipped resource name)
	 * @param line the 1-based line, 0 when the problem concerns no line
	 * @param problem what is wrong
	 * @param cause the cause, or {@code null}
	 */
	public RulesFileException(String file, int line, String problem, Throwable cause) {
		super(file + ((line > 0) ? ", line " + line : "") + ": " + problem, cause);
		this.line = line;
	}

	/**
	 * The 1-based line at fault.
	 * @return the line, or 0
	 */
	public int getLine() {
		return this.line;
	}

}
