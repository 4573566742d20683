package com.breachimpact.scan;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import com.breachimpact.protection.KeyedHasher;

import org.springframework.stereotype.Component;

/**
 * Keeps each case on one key: the first run of a case records the fingerprint of the case
 * key; a later run under another key (the key file replaced, or lost and made anew)
 * refuses to start, since its keyed hashes, distinct counts and individuals estimate
 * would not match the case's earlier runs.
 */
@Component
public class CaseKeyCheck {

	private final JdbcCaseKeyRepository caseKeys;

	private final KeyedHasher hasher;

	private final Path keyFile;

	public CaseKeyCheck(JdbcCaseKeyRepository caseKeys, KeyedHasher hasher, ScanProperties properties) {
		this.caseKeys = caseKeys;
		this.hasher = hasher;
		this.keyFile = properties.keyFile();
	}

	/**
	 * Check the key against the case's, recording it on the case's first run.
	 * @param caseName the case
	 * @throws InvalidScanException if the case was scanned under another key
	 */
	public void check(String caseName) {
		String fingerprint = this.hasher.fingerprint();
		Optional<String> recorded = this.caseKeys.fingerprint(caseName);
		if (recorded.isEmpty()) {
			this.caseKeys.record(caseName, fingerprint, Instant.now());
			return;
		}
		if (!recorded.get().equals(fingerprint)) {
			throw new InvalidScanException("The case key " + this.keyFile + " is not the key case '" + caseName
					+ "' was scanned with (fingerprint " + recorded.get().substring(0, 12) + ", this key "
					+ fingerprint.substring(0, 12) + "): its counts would not match the earlier runs. "
					+ "Restore the case's original key file to " + this.keyFile
					+ " and run again, or scan under a new case name (--case) to start the case afresh");
		}
	}

}
