package com.breachimpact.indicators;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.analysis.JdbcSensitiveValueRepository;
import com.breachimpact.classification.PathMasking;
import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.inventory.JdbcScanRunRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The read-only queries of the indicators: a client's attributed contents, the sensitive
 * values that are secrets, and when the case first saw each. Like the reports' queries
 * ({@code report.JdbcImpactQueries}, which this package cannot use: the reports depend on
 * it), they join the ledger with the attributions, and count the attributions that
 * {@link JdbcItemAttributionRepository#COUNTED} counts: rejected ones count nowhere. The
 * runs of the case come from {@link JdbcScanRunRepository}.
 */
class JdbcIndicatorRepository {

	private static final String COUNTED = JdbcItemAttributionRepository.COUNTED;

	/** The categories of sensitive values that are secrets to rotate. */
	private static final List<SensitiveCategory> SECRETS = List.of(SensitiveCategory.CREDENTIAL,
			SensitiveCategory.API_TOKEN, SensitiveCategory.PRIVATE_KEY);

	private final JdbcTemplate jdbc;

	private final JdbcScanRunRepository runs;

	private final JdbcSensitiveValueRepository sensitiveValues;

	JdbcIndicatorRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.runs = new JdbcScanRunRepository(jdbc);
		this.sensitiveValues = new JdbcSensitiveValueRepository(jdbc);
	}

	/**
	 * A run's case: its name, its previous run, and when each of its runs up to this one
	 * started.
	 * @param runId the run
	 * @return the case of the run
	 */
	CaseRuns caseRuns(long runId) {
		Map<Long, Instant> started = new HashMap<>();
		JdbcScanRunRepository.RunInCase run = this.runs.inCase(runId).orElse(null);
		if (run == null) {
			return new CaseRuns(runId, null, null, started);
		}
		started.put(runId, run.startedAt());
		if (run.caseName() != null) {
			started.putAll(this.runs.startTimes(run.caseName(), runId));
		}
		return new CaseRuns(runId, run.caseName(), run.previousRunId(), started);
	}

	/**
	 * Visit the client's attributed items of a run that have a content hash.
	 * @param runId the run
	 * @param clientId the client
	 * @param visitor receives sha256, path, size and media type, in path order
	 */
	void attributedItems(long runId, String clientId, ItemVisitor visitor) {
		this.jdbc.query("""
				SELECT i.sha256, i.rel_path, i.size_bytes, i.media_type FROM item_attribution a
				JOIN inventory_item i ON i.item_id = a.item_id
				WHERE a.run_id = ? AND a.client_id = ? AND i.sha256 IS NOT NULL AND %s
				ORDER BY i.rel_path""".formatted(COUNTED),
				(RowCallbackHandler) (row) -> visitor.visit(row.getString("sha256"),
						PathMasking.mask(row.getString("rel_path")), row.getLong("size_bytes"),
						row.getString("media_type")),
				runId, clientId);
	}

	/**
	 * The contents attributed to a client in one run.
	 * @param runId the run, or {@code null} for none
	 * @param clientId the client
	 * @return the SHA-256 of each content
	 */
	Set<String> attributedContents(Long runId, String clientId) {
		if (runId == null) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList("""
				SELECT DISTINCT i.sha256 FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
				WHERE a.run_id = ? AND a.client_id = ? AND i.sha256 IS NOT NULL AND %s""".formatted(COUNTED),
				String.class, runId, clientId));
	}

	/**
	 * The first run of the case that attributed each content to a client.
	 * @param runs the case
	 * @param clientId the client
	 * @return run id per SHA-256; contents the case's earlier runs never attributed are
	 * missing
	 */
	Map<String, Long> contentsFirstSeen(CaseRuns runs, String clientId) {
		Map<String, Long> first = new HashMap<>();
		if (runs.caseName() == null) {
			return first;
		}
		this.jdbc.query("""
				SELECT i.sha256, MIN(a.run_id) AS first_run FROM item_attribution a
				JOIN inventory_item i ON i.item_id = a.item_id JOIN scan_run r ON r.run_id = a.run_id
				WHERE r.case_name = ? AND a.run_id <= ? AND a.client_id = ? AND i.sha256 IS NOT NULL AND %s
				GROUP BY i.sha256""".formatted(COUNTED),
				(RowCallbackHandler) (row) -> first.put(row.getString("sha256"), row.getLong("first_run")),
				runs.caseName(), runs.runId(), clientId);
		return first;
	}

	/**
	 * Visit the secrets (credentials, API tokens, private keys) in a client's attributed
	 * items of a run, in path order.
	 * @param runId the run
	 * @param clientId the client
	 * @param visitor receives each distinct secret per member of an item
	 */
	void secrets(long runId, String clientId, SecretVisitor visitor) {
		this.sensitiveValues.valuesInItemsOfClient(runId, clientId, SECRETS, visitor::visit);
	}

	/**
	 * The first run of the case that found each secret in a client's items.
	 * @param runs the case
	 * @param clientId the client
	 * @return run id per category and keyed hash ({@code CATEGORY:hash})
	 */
	Map<String, Long> secretsFirstSeen(CaseRuns runs, String clientId) {
		if (runs.caseName() == null) {
			return new HashMap<>();
		}
		return this.sensitiveValues.firstRunsInItemsOfClient(runs.caseName(), runs.runId(), clientId, SECRETS);
	}

	/** Receives one attributed item. */
	interface ItemVisitor {

		void visit(String sha256, String path, long size, String mediaType);

	}

	/** Receives one secret in one member of an item. */
	interface SecretVisitor {

		void visit(String category, String maskedValue, String valueHash, String path, String location, int line);

	}

	/**
	 * A run and its case.
	 *
	 * @param runId the run
	 * @param caseName the case, or {@code null} for a run of no case
	 * @param previousRunId the case's previous completed run, or {@code null}
	 * @param startedAt when each run of the case up to this one started
	 */
	record CaseRuns(long runId, String caseName, Long previousRunId, Map<Long, Instant> startedAt) {

		/** When a run started; the current run's start for a run not known. */
		Instant started(long run) {
			return this.startedAt.getOrDefault(run, this.startedAt.get(this.runId));
		}

		/** The case name, or a name of the run alone when it belongs to no case. */
		String caseOrRun() {
			return (this.caseName != null) ? this.caseName : "run " + this.runId;
		}

	}

}
