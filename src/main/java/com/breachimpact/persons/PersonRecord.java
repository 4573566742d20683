package com.breachimpact.persons;

import java.util.Set;

/**
 * What one record (a row, a JSON object, a NACHA entry, or one value in free text) tells
 * about one person, in keyed hashes only: never a value in clear.
 *
 * @param ssns keyed hashes of its SSNs
 * @param cards keyed hashes of its card numbers
 * @param accounts keyed hashes of its account numbers
 * @param name keyed hash of its folded name, or {@code null}
 * @param dob keyed hash of its date of birth, or {@code null}
 * @param elements the data elements it holds
 * @param residence the residence its address tells ({@code US-TX}, {@code DE}), or
 * {@code unknown}
 */
public record PersonRecord(Set<String> ssns, Set<String> cards, Set<String> accounts, String name, String dob,
		Set<DataElement> elements, String residence) {

}
