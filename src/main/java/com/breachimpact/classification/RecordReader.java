package com.breachimpact.classification;

import java.util.List;

/**
 * Reads the records of one layout from a text. A reader never throws on text that is not
 * in its layout (or is malformed): it returns what it could read, usually nothing.
 * Implementations are thread-safe.
 */
interface RecordReader {

	/**
	 * Read the records of a text.
	 * @param text the text
	 * @return the records in text order, empty when the text holds none in this layout
	 */
	List<TextRecord> read(CharSequence text);

}
