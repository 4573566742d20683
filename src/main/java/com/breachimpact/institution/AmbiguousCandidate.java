package com.breachimpact.institution;

import java.util.List;

/**
 * An ambiguous name in one member of an item: the mentions of one name shared by several
 * clients that nothing in the item settled. It counts for none of them. Names are public:
 * nothing here is masked.
 *
 * @param location the member path inside the item, {@code ""} for the item itself
 * @param name the name in normal form
 * @param candidateIds the namesakes, sorted
 * @param line the line of the first unsettled mention
 * @param occurrences the number of unsettled mentions
 * @param context why it is ambiguous (what was looked for and not found, or found for
 * several namesakes)
 */
public record AmbiguousCandidate(String location, String name, List<String> candidateIds, int line, int occurrences,
		String context) {

	public AmbiguousCandidate {
		candidateIds = List.copyOf(candidateIds);
	}

}
