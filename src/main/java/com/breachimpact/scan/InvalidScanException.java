package com.breachimpact.scan;

/**
 * A scan was asked for with input that cannot work (missing inventory folder, unreadable
 * or malformed registry, ...). The message is one line saying what is wrong and how to
 * fix it.
 */
public class InvalidScanException extends RuntimeException {

	public InvalidScanException(String message) {
		super(message);
	}

	public InvalidScanException(String message, Throwable cause) {
		super(message, cause);
	}

}
