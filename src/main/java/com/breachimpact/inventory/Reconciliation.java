package com.breachimpact.inventory;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The accounting of a run: every entry of the inventory is analysed or failed with a
 * reason; anything still pending is unaccounted for. (Embedded members have ledger rows
 * of their own but are accounted for within their file.)
 *
 * @param runId the run
 * @param total items in the ledger
 * @param analysed items analysed
 * @param failedByReason failed items per reason
 * @param pending items neither analysed nor failed
 */
public record Reconciliation(long runId, long total, long analysed, Map<String, Long> failedByReason, long pending) {

	/**
	 * Count a run's ledger.
	 * @param items the ledger
	 * @param runId the run
	 * @return the reconciliation
	 */
	public static Reconciliation of(JdbcInventoryItemRepository items, long runId) {
		long[] counts = new long[3];
		Map<String, Long> failed = new TreeMap<>();
		items.countByStatusAndReason(runId, (row) -> {
			long n = row.getLong("n");
			switch (row.getString("status")) {
				case "analysed" -> counts[0] += n;
				case "pending" -> counts[1] += n;
				default -> failed.merge(String.valueOf(row.getString("reason")), n, Long::sum);
			}
		});
		long failedTotal = failed.values().stream().mapToLong(Long::longValue).sum();
		return new Reconciliation(runId, counts[0] + counts[1] + failedTotal, counts[0], failed, counts[1]);
	}

	/** Items that failed, over all reasons. */
	public long failed() {
		return this.failedByReason.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Whether every item is analysed or failed with a reason. */
	public boolean isComplete() {
		return this.pending == 0 && this.total == this.analysed + failed();
	}

	/** The one-line form printed at the end of a run and in the reports. */
	public String line() {
		String reasons = this.failedByReason.entrySet()
			.stream()
			.map((e) -> e.getKey() + " " + e.getValue())
			.collect(Collectors.joining(", "));
		StringBuilder line = new StringBuilder().append("files in ")
			.append(this.total)
			.append(" = analysed ")
			.append(this.analysed)
			.append(" + failed ")
			.append(failed());
		if (!reasons.isEmpty()) {
			line.append(" (").append(reasons).append(')');
		}
		if (this.pending > 0) {
			line.append("; UNACCOUNTED ").append(this.pending);
		}
		return line.toString();
	}

}
