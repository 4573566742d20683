package com.breachimpact.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of the evidence that ties one item to one client: the SHA-256 (hex) of
 * its distinct evidence kinds with their masked values, sorted, so that the same evidence
 * found again in a rerun gives the same fingerprint and any added, lost or changed
 * evidence gives another. Masked values only: no clear sensitive value goes into it.
 */
public final class EvidenceFingerprint {

	private EvidenceFingerprint() {
	}

	/**
	 * The fingerprint of an item's evidence for a client, from {@code client_finding}:
	 * for the whole file ({@code location} empty) all its evidence, members included; for
	 * a member, the evidence in the member's own text and the path evidence it inherits
	 * from its file.
	 * @param jdbc the database
	 * @param itemId the item
	 * @param location the member inside the item, {@code ""} for the whole file
	 * @param clientId the client
	 * @return the fingerprint (that of no evidence when there is none for the client)
	 */
	public static String of(JdbcTemplate jdbc, long itemId, String location, String clientId) {
		if (location.isEmpty()) {
			return of(jdbc.query(
					"SELECT evidence_kind, masked_value FROM client_finding WHERE item_id = ? AND client_id = ?",
					(row, n) -> row.getString("evidence_kind") + '\t' + row.getString("masked_value"), itemId,
					clientId));
		}
		return of(jdbc.query("""
				SELECT evidence_kind, masked_value FROM client_finding
				WHERE item_id = ? AND client_id = ? AND (location = ? OR (location = '' AND char_offset < 0))""",
				(row, n) -> row.getString("evidence_kind") + '\t' + row.getString("masked_value"), itemId, clientId,
				location));
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
