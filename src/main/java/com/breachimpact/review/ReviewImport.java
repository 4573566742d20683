package com.breachimpact.review;

import java.util.List;
import java.util.Map;

/**
 * What an import of a review file did.
 *
 * @param recorded decisions stored, per kind
 * @param skipped rows with neither a decision nor a note
 * @param appliedRuns the runs (each case's latest completed run) the decisions were
 * applied to
 */
public record ReviewImport(Map<DecisionKind, Integer> recorded, int skipped, List<Long> appliedRuns) {

	public ReviewImport {
		recorded = Map.copyOf(recorded);
		appliedRuns = List.copyOf(appliedRuns);
	}

	/**
	 * All decisions stored, notes included.
	 * @return the total
	 */
	public int total() {
		return this.recorded.values().stream().mapToInt(Integer::intValue).sum();
	}

}
