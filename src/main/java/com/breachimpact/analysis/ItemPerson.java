package com.breachimpact.analysis;

import java.util.Set;

/**
 * One person found in one leaf of an item.
 *
 * @param location the member path inside the item, {@code ""} for the item itself
 * @param linkKeys the person's link keys (people sharing a key are one person)
 */
public record ItemPerson(String location, Set<String> linkKeys) {

	public ItemPerson {
		linkKeys = Set.copyOf(linkKeys);
	}

}
