package com.breachimpact.classification;

import java.util.List;

/**
 * A record read from a text: the values of one row, JSON object or XML element, which
 * belong to one person when they are personal.
 *
 * @param key the record key, unique within the text ({@code csv:row:3},
 * {@code json:record:2}, ...)
 * @param start the offset the record starts at
 * @param end the offset it ends at (exclusive)
 * @param fields its values
 */
public record TextRecord(String key, int start, int end, List<RecordField> fields) {

}
