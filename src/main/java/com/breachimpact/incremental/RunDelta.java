package com.breachimpact.incremental;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.inventory.JdbcScanRunRepository;
import com.breachimpact.inventory.LeafPaths;

/**
 * What is new in a run compared with a baseline run of the same case: per client, the
 * leaves attributed now whose content (SHA-256 of the file and the member's path in it;
 * the path for a file without one) was not attributed to that client in the baseline, and
 * whether the client was not affected at all then. A moved or copied file is not new.
 * Rejected attributions count on neither side.
 */
public final class RunDelta {

	private final Long baselineRunId;

	private final Map<String, Set<Long>> newItems;

	private final Map<String, Set<String>> newPaths;

	private final Set<String> baselineClients;

	private RunDelta(Long baselineRunId, Map<String, Set<Long>> newItems, Map<String, Set<String>> newPaths,
			Set<String> baselineClients) {
		this.baselineRunId = baselineRunId;
		this.newItems = newItems;
		this.newPaths = newPaths;
		this.baselineClients = baselineClients;
	}

	/**
	 * No delta: the report of a run without a baseline.
	 * @return the delta, not computed
	 */
	public static RunDelta none() {
		return new RunDelta(null, Map.of(), Map.of(), Set.of());
	}

	/**
	 * The delta of a run against its case's previous completed run.
	 * @param attributions the attributions of the runs
	 * @param runs the runs, for the previous one
	 * @param runId the run
	 * @return the delta (not computed for a case's first run)
	 */
	public static RunDelta sincePrevious(JdbcItemAttributionRepository attributions, JdbcScanRunRepository runs,
			long runId) {
		return since(attributions, runId, runs.previousRunId(runId));
	}

	/**
	 * The delta of a run against a chosen baseline run.
	 * @param attributions the attributions of the runs
	 * @param runId the run
	 * @param baselineRunId the baseline, or {@code null} for none
	 * @return the delta
	 */
	public static RunDelta since(JdbcItemAttributionRepository attributions, long runId, Long baselineRunId) {
		if (baselineRunId == null) {
			return none();
		}
		Map<String, Set<Long>> newItems = new HashMap<>();
		Map<String, Set<String>> newPaths = new HashMap<>();
		attributions.newSince(runId, baselineRunId, (row) -> {
			newItems.computeIfAbsent(row.getString("client_id"), (c) -> new HashSet<>()).add(row.getLong("item_id"));
			newPaths.computeIfAbsent(row.getString("client_id"), (c) -> new HashSet<>())
				.add(LeafPaths.of(row.getString("rel_path"), row.getString("location")));
		});
		Set<String> baselineClients = new HashSet<>(attributions.countedClients(baselineRunId));
		return new RunDelta(baselineRunId, newItems, newPaths, baselineClients);
	}

	/** Whether there was a baseline to compare with. */
	public boolean computed() {
		return this.baselineRunId != null;
	}

	/** The baseline run, or {@code null}. */
	public Long baselineRunId() {
		return this.baselineRunId;
	}

	/** Whether an item of the run is new for a client. */
	public boolean isNew(String clientId, long itemId) {
		return computed() && this.newItems.getOrDefault(clientId, Set.of()).contains(itemId);
	}

	/**
	 * Whether the leaf (file, or member {@code outer.zip!/f.csv}) at a path of the run is
	 * new for a client.
	 */
	public boolean isNew(String clientId, String path) {
		return computed() && this.newPaths.getOrDefault(clientId, Set.of()).contains(path);
	}

	/** The number of leaves (files, archive members, attachments) new for a client. */
	public int newFiles(String clientId) {
		return this.newPaths.getOrDefault(clientId, Set.of()).size();
	}

	/** Whether the client was not affected in the baseline and is now. */
	public boolean newlyAffected(String clientId) {
		return computed() && !this.baselineClients.contains(clientId);
	}

}
