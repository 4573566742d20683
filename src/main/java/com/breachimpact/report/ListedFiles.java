package com.breachimpact.report;

import java.util.List;

/**
 * The files a report page lists: the first ones of a list, in its order, and how many are
 * left out (listed in full beside it).
 *
 * @param files the files listed
 * @param omitted how many files of the list are not listed
 */
public record ListedFiles(List<AffectedFile> files, int omitted) {

	/**
	 * The first {@code limit} files of a list.
	 * @param all the whole list
	 * @param limit the most files to list
	 * @return the files listed and the number left out
	 */
	static ListedFiles of(List<AffectedFile> all, int limit) {
		if (all.size() <= limit) {
			return new ListedFiles(all, 0);
		}
		return new ListedFiles(all.subList(0, limit), all.size() - limit);
	}

}
