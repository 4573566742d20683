package com.breachimpact.report;

/**
 * One row of a report's table of data categories.
 *
 * @param label the category as readers name it
 * @param occurrences occurrences over the client's files
 * @param distinctValues distinct values
 * @param files files holding the category
 * @param possiblyIncomplete whether the counts may be low
 * @param percent the occurrences as a percentage of the largest row's, for bars
 */
public record CategoryRow(String label, long occurrences, long distinctValues, long files, boolean possiblyIncomplete,
		int percent) {

}
