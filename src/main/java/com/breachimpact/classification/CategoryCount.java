package com.breachimpact.classification;

/**
 * How much of one category a text holds.
 *
 * @param occurrences the number of findings
 * @param distinctValues the number of distinct value hashes among them
 * @param possiblyIncomplete whether the text was cut short, so more may exist
 */
public record CategoryCount(long occurrences, long distinctValues, boolean possiblyIncomplete) {

}
