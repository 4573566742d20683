package com.breachimpact.scan;

/**
 * Another run of the same case holds the case's lock: the requested run was not started.
 */
public class CaseBusyException extends RuntimeException {

	public CaseBusyException(String message) {
		super(message);
	}

}
