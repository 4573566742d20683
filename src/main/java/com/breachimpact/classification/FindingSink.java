package com.breachimpact.classification;

/**
 * Receives the findings of a recognizer, in the order they are found.
 */
public interface FindingSink {

	/**
	 * Accept one finding.
	 * @param finding the finding, already over the recognizer's confidence floor
	 */
	void accept(SensitiveFinding finding);

	/**
	 * Whether a finding at an offset would be kept, asked before the value is hashed so
	 * that findings a sink drops cost nothing. The default keeps all.
	 * @param offset the offset of the value in the scanned text
	 * @return {@code false} when {@link #accept(SensitiveFinding)} would drop it
	 */
	default boolean wants(long offset) {
		return true;
	}

}
