package com.breachimpact.analysis;

import com.breachimpact.persons.PersonRecord;

/**
 * One person record found in one leaf of an item.
 *
 * @param location the member path inside the item, {@code ""} for the item itself
 * @param record the person record, keyed hashes only
 */
public record LeafPersonRecord(String location, PersonRecord record) {

}
