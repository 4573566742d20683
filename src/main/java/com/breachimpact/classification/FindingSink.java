package com.breachimpact.classification;

/**
 * Receives the findings of a recognizer, in the order they are found.
 */
@FunctionalInterface
public interface FindingSink {

	/**
	 * Accept one finding.
	 * @param finding the finding, already over the recognizer's confidence floor
	 */
	void accept(SensitiveFinding finding);

}
