package com.breachimpact.progress;

/**
 * Where progress is shown: a bar on a terminal, log lines, or nowhere.
 */
public interface ProgressDisplay {

	/** A display that shows nothing. */
	ProgressDisplay NONE = new ProgressDisplay() {
	};

	/**
	 * Work starts.
	 * @param meter the meter of the work
	 */
	default void start(ProgressMeter meter) {
	}

	/**
	 * Some work was done.
	 * @param meter the meter of the work
	 */
	default void update(ProgressMeter meter) {
	}

	/**
	 * Work ended, completed or not.
	 * @param meter the meter of the work
	 */
	default void finish(ProgressMeter meter) {
	}

}
