package com.breachimpact.classification;

import java.util.List;

/**
 * One value of a record under its column name.
 *
 * @param column the column name: one header for a table, the key or element names from
 * the record down to the value for JSON and XML
 * @param value the value as written (unquoted)
 * @param offset the offset of the value's first char in the text
 */
public record RecordField(List<String> column, String value, int offset) {

	@Override
	public String toString() {
		return "RecordField[column=" + this.column + ", offset=" + this.offset + "]";
	}

}
