package com.breachimpact.scan;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.breachimpact.protection.KeyedHasher;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each case on one key: the first run of a case records the fingerprint of the case
 * key; a later run under another key (the key file replaced, or lost and made anew)
 * refuses to start, since its keyed hashes, distinct counts and individuals estimate
 * would not match the case's earlier runs.
 */
@Component
public class CaseKeyCheck {

	private final JdbcTemplate jdbc;

	private final KeyedHasher hasher;

	private final Path keyFile;

	public CaseKeyCheck(JdbcTemplate jdbc, KeyedHasher hasher, ScanProperties properties) {
		this.jdbc = jdbc;
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
		List<String> recorded = this.jdbc.queryForList("SELECT key_fingerprint FROM case_key WHERE case_name = ?",
				String.class, caseName);
		if (recorded.isEmpty()) {
			this.jdbc.update("INSERT INTO case_key (case_name, key_fingerprint, recorded_at) VALUES (?, ?, ?)",
					caseName, fingerprint, Timestamp.from(Instant.now()));
			return;
		}
		if (!recorded.get(0).equals(fingerprint)) {
			throw new InvalidScanException("The case key " + this.keyFile + " is not the key case '" + caseName
					+ "' was scanned with (fingerprint " + recorded.get(0).substring(0, 12) + ", this key "
					+ fingerprint.substring(0, 12) + "): its counts would not match the earlier runs. "
					+ "Restore the case's original key file to " + this.keyFile
					+ " and run again, or scan under a new case name (--case) to start the case afresh");
		}
	}

}
