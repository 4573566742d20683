package com.breachimpact.analysis;

import com.breachimpact.classification.SensitiveCategory;

/**
 * One distinct sensitive value in one member of an item: masked and hashed, never in
 * clear.
 *
 * @param location the member path inside the item, {@code ""} for the item itself
 * @param category what the value is
 * @param maskedValue the value as it may be shown
 * @param valueHash the keyed hash of the value
 * @param occurrences how often the value occurs in the member
 * @param firstLine the line of its first occurrence in the member's text
 */
public record SensitiveValue(String location, SensitiveCategory category, String maskedValue, String valueHash,
		int occurrences, int firstLine) {

}
