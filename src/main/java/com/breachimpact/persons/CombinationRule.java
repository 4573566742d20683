package com.breachimpact.persons;

import java.util.List;
import java.util.Set;

/**
 * A combination of data elements a law names: a person matches when, for each group of
 * {@code requires}, at least one element of the group was exposed, and none of
 * {@code excludes} was.
 *
 * @param id short id, as jurisdictions and CSVs name it
 * @param title the reader's name of the combination
 * @param citation where the law defines it
 * @param requires groups of elements, one of each needed
 * @param excludes elements that must not have been exposed
 * @param notifiable whether a person matching it is counted as notifiable
 */
public record CombinationRule(String id, String title, String citation, List<Set<DataElement>> requires,
		Set<DataElement> excludes, boolean notifiable) {

	/**
	 * Whether a person's exposed elements match this combination.
	 * @param elements the person's elements
	 * @return whether they match
	 */
	public boolean matches(Set<DataElement> elements) {
		for (Set<DataElement> group : this.requires) {
			if (!containsAny(elements, group)) {
				return false;
			}
		}
		return !containsAny(elements, this.excludes);
	}

	private static boolean containsAny(Set<DataElement> elements, Iterable<DataElement> wanted) {
		for (DataElement element : wanted) {
			if (elements.contains(element)) {
				return true;
			}
		}
		return false;
	}

}
