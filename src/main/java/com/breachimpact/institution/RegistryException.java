package com.breachimpact.institution;

import java.nio.file.Path;

/**
 * Thrown when the client registry cannot be read: its message names the file, the line
 * and the column at fault (never a sensitive value in clear).
 */
public class RegistryException extends RuntimeException {

	private final transient Path file;

	private final long line;

	private final String column;

	/**
	 * Create an exception for a problem at a line and column of a registry file.
	 * @param file the registry file
	 * @param line the 1-based line, or 0 when the problem concerns no line
	 * @param column the column name (or a description of the column position)
	 * @param problem what is wrong
	 */
	public RegistryException(Path file, long line, String column, String problem) {
		this(file, line, column, problem, null);
	}

	/**
	 * Create an exception for a problem at a line and column of a registry file.
	 * @param file the registry file
	 * @param line the 1-based line, or 0 when the problem concerns no line
	 * @param column the column name (or a description of the column position)
	 * @param problem what is wrong
	 * @param cause the cause, or {@code null}
	 */
	public RegistryException(Path file, long line, String column, String problem, Throwable cause) {
		super("Client registry " + file + ", line " + line + ", column " + column + ": " + problem, cause);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	/**
	 * The registry file.
	 * @return the file
	 */
	public Path getFile() {
		return this.file;
	}

	/**
	 * The 1-based line at fault.
	 * @return the line, or 0
	 */
	public long getLine() {
		return this.line;
	}

	/**
	 * The column at fault.
	 * @return the column name or position
	 */
	public String getColumn() {
		return this.column;
	}

}
