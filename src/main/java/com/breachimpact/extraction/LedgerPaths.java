package com.breachimpact.extraction;

import java.util.Set;

/**
 * How names become ledger paths. {@code !/} separates a container from its member
 * ({@code a.zip!/b}), so a name's segment that ends in {@code !} would make a real path
 * (the file {@code b} in the folder {@code a.zip!}) read like a member: every segment of
 * a real path or of a member name has its trailing run of {@code !} doubled
 * ({@code a.zip!!/b}). In a ledger path, a {@code /} after an even run of {@code !} (or
 * none) is a folder separator and after an odd run a container separator.
 */
public final class LedgerPaths {

	/** The separator of a container and its member. */
	public static final String MEMBER_SEPARATOR = "!/";

	private LedgerPaths() {
	}

	/**
	 * The ledger form of a name or of a {@code /}-separated path.
	 * @param name a real name, or a member's name inside its container
	 * @return the name with the trailing {@code !} of each segment doubled
	 */
	public static String escape(String name) {
		if (name.indexOf('!') < 0) {
			return name;
		}
		StringBuilder result = new StringBuilder(name.length() + 4);
		int start = 0;
		while (start <= name.length()) {
			int slash = name.indexOf('/', start);
			int end = (slash < 0) ? name.length() : slash;
			result.append(name, start, end);
			int bangs = 0;
			while (end - bangs > start && name.charAt(end - bangs - 1) == '!') {
				bangs++;
			}
			result.append("!".repeat(bangs));
			if (slash < 0) {
				break;
			}
			result.append('/');
			start = slash + 1;
		}
		return result.toString();
	}

	/**
	 * The real name of one escaped segment of a real path.
	 * @param segment a segment of a ledger path with no container separator
	 * @return the segment with its trailing run of {@code !} halved
	 */
	public static String unescapeSegment(String segment) {
		int bangs = 0;
		while (bangs < segment.length() && segment.charAt(segment.length() - bangs - 1) == '!') {
			bangs++;
		}
		return segment.substring(0, segment.length() - bangs / 2);
	}

	/**
	 * The ledger path of a member.
	 * @param container the container's ledger path, empty for the file itself
	 * @param name the member's name as its container gives it
	 * @return {@code container!/name}, the name escaped
	 */
	public static String member(String container, String name) {
		String escaped = escape(name);
		return (container == null || container.isEmpty()) ? escaped : container + MEMBER_SEPARATOR + escaped;
	}

	/**
	 * A path no earlier member of the same file has: the path itself, or the path
	 * numbered {@code #2}, {@code #3}, ... (a zip may hold two entries of the same name;
	 * each keeps its ledger row).
	 * @param path the member's path
	 * @param used the paths given so far; the result is added
	 * @return the path to use
	 */
	public static String unique(String path, Set<String> used) {
		String result = path;
		for (int n = 2; !used.add(result); n++) {
			result = path + "#" + n;
		}
		return result;
	}

}
