package com.breachimpact.inventory;

/**
 * What a manifest says of a file: as exported from the transfer platform's logs, to be
 * checked against the file found under the inventory root.
 *
 * @param size the size the manifest gives, or -1 when not given
 * @param sha256 the SHA-256 the manifest gives (lower case), or {@code null}
 * @param platformUser the platform user who transferred the file, or {@code null}
 * @param platformFolder the platform folder it was in, or {@code null}
 * @param transferredAt when it was transferred, as the manifest writes it, or
 * {@code null}
 */
public record ManifestRecord(long size, String sha256, String platformUser, String platformFolder,
		String transferredAt) {

}
