package com.breachimpact.review;

import java.util.List;

/**
 * A review file that cannot be imported: every problem found, each naming its line.
 * Nothing of the file was applied.
 */
public class ReviewImportException extends RuntimeException {

	private final List<String> problems;

	/**
	 * An exception for the problems of a file.
	 * @param file the file, as named to the user
	 * @param problems one message per problem, each starting with its line
	 */
	public ReviewImportException(String file, List<String> problems) {
		super(file + ": nothing imported, " + problems.size() + " problem" + ((problems.size() == 1) ? "" : "s") + ":"
				+ System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * The problems, one per line.
	 * @return the problems in file order
	 */
	public List<String> problems() {
		return this.problems;
	}

}
