package com.breachimpact.indicators;

/**
 * A credential a client must rotate: one row of {@code credentials_to_rotate.csv}. It
 * holds nothing of the secret: its kind, what the text says it belongs to (the account
 * masked), where it was first found, and a fingerprint derived from the secret's keyed
 * hash.
 *
 * @param kind {@code password}, {@code API token}, {@code private key},
 * {@code connection string} or {@code certificate}
 * @param detail the kind of secret as the recognizer named it ({@code github token})
 * @param account the masked account or key name, or {@code null}
 * @param host the host or service, or {@code null}
 * @param path the path of the item (and member, after {@code !/}) it was found in
 * @param line the line it was first found on, 0 when it is a whole file
 * @param findings how many of the client's items and members hold it
 * @param firstSeenRunId the case's first run that found it in the client's items
 * @param fingerprint a per-client fingerprint of the secret (SHA-256 of the client and
 * the secret's keyed hash): equal for equal secrets, useless without the case key
 */
record CredentialToRotate(String kind, String detail, String account, String host, String path, int line, int findings,
		long firstSeenRunId, String fingerprint) {

}
