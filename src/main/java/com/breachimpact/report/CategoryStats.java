package com.breachimpact.report;

import com.breachimpact.classification.SensitiveCategory;

/**
 * A category of sensitive data in one client's files.
 *
 * @param category the category
 * @param occurrences occurrences over all the client's files
 * @param distinctValues distinct values (compared by keyed hash)
 * @param files files holding at least one value
 * @param possiblyIncomplete whether one of those files was classified only in part, so
 * that the counts may be low
 */
public record CategoryStats(SensitiveCategory category, long occurrences, long distinctValues, long files,
		boolean possiblyIncomplete) {

}
