package com.breachimpact.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * A fingerprint of the evidence that ties one item to one client: the SHA-256 (hex) of
 * its distinct evidence kinds with their masked values, sorted, so that the same evidence
 * found again in a rerun gives the same fingerprint and any added, lost or changed
 * evidence gives another. Masked values only: no clear sensitive value goes into it. The
 * evidence of an item for a client is read with
 * {@link com.breachimpact.analysis.JdbcClientFindingRepository#evidence}.
 */
public final class EvidenceFingerprint {

	private EvidenceFingerprint() {
	}

	/**
	 * The fingerprint of evidence given as {@code KIND<tab>masked value} lines.
	 * @param evidence the lines, in any order, repeats allowed
	 * @return 64 lower-case hex digits
	 */
	public static String of(Collection<String> evidence) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String line : new TreeSet<>(evidence)) {
				digest.update(line.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
