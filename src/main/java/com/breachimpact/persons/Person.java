package com.breachimpact.persons;

import java.util.Map;
import java.util.Set;

/**
 * One individual: the records joined into them, why, what was exposed and where they
 * live.
 *
 * @param records how many records were joined
 * @param links how many links of each reason joined them (empty for a person of one
 * record)
 * @param elements the data elements exposed over all their records
 * @param residence the residence most of their addresses tell ({@code US-TX},
 * {@code DE}), {@code unknown} without one
 * @param residences how many distinct residences their addresses tell
 * @param needsReview whether a link to another person was refused because the two have
 * different SSNs (a conflict an investigator settles)
 */
public record Person(int records, Map<LinkReason, Integer> links, Set<DataElement> elements, String residence,
		int residences, boolean needsReview) {

}
