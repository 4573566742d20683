package com.breachimpact.analysis;

/**
 * A valid institution identifier found in an item that no client is registered with: kept
 * masked and as a keyed hash, never in clear.
 *
 * @param kind the identifier kind
 * @param maskedValue the masked identifier
 * @param valueHash the keyed hash of the identifier
 */
public record UnknownInstitution(String kind, String maskedValue, String valueHash) {

}
