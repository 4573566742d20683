package com.breachimpact.report;

import com.breachimpact.analysis.JdbcItemAttributionRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The read-only queries of the reports that join the ledger ({@code inventory_item}) with
 * the findings tables ({@code item_attribution}, {@code client_finding},
 * {@code attribution_candidate}). They are kept together here, on the report side, rather
 * than spread over the repositories of the tables they join: each shapes one report's
 * rows, and all of them apply the review the same way (the attributions that count are
 * {@link JdbcItemAttributionRepository#COUNTED}). A schema change to one of these tables
 * touches its repository and this class. (The queries that join the sensitive data and
 * people of the leaves stay with the classes that build those counts.)
 */
@Repository
public class JdbcImpactQueries {

	/** Files (not members) of a run that no counted attribution is on. */
	private static final String COUNT_UNATTRIBUTED_FILES = """
			SELECT COUNT(*) FROM inventory_item i WHERE i.run_id = ? AND i.entry_type <> 'member'
			AND NOT EXISTS (SELECT 1 FROM item_attribution a WHERE a.item_id = i.item_id""" + " AND "
			+ JdbcItemAttributionRepository.COUNTED + ")";

	private static final String UNATTRIBUTED_FILES = """
			SELECT i.rel_path, i.sha256, i.size_bytes, i.media_type, i.status, i.reason
			FROM inventory_item i
			WHERE i.run_id = ? AND i.entry_type <> 'member'
			  AND NOT EXISTS (SELECT 1 FROM item_attribution a WHERE a.item_id = i.item_id AND %s)
			ORDER BY i.rel_path""".formatted(JdbcItemAttributionRepository.COUNTED);

	/** Pairs under the threshold that no counted attribution covers, by path. */
	private static final String UNATTRIBUTED_CANDIDATES = """
			SELECT i.rel_path, c.location, c.client_id, c.evidence_kinds FROM attribution_candidate c
			JOIN inventory_item i ON i.item_id = c.item_id
			WHERE c.run_id = ? AND NOT EXISTS (SELECT 1 FROM item_attribution a WHERE a.item_id = c.item_id
			    AND a.location = c.location AND a.client_id = c.client_id AND %s)
			ORDER BY i.rel_path, c.location, c.client_id""".formatted(JdbcItemAttributionRepository.COUNTED);

	private static final String COUNT_INCOMPLETE_FILES_OF_CLIENT = """
			SELECT COUNT(*) FROM inventory_item i JOIN item_attribution a ON a.item_id = i.item_id
			WHERE a.run_id = ? AND a.client_id = ? AND %s AND i.sensitive_incomplete = TRUE"""
		.formatted(JdbcItemAttributionRepository.COUNTED);

	/** A client's evidence in the items counted for it, in the order it was found. */
	private static final String EVIDENCE_OF_CLIENT = """
			SELECT f.item_id, f.evidence_kind, f.masked_value, f.location, f.char_offset, f.line_no, f.occurrences
			FROM client_finding f
			WHERE f.run_id = ? AND f.client_id = ? AND EXISTS (SELECT 1 FROM item_attribution a
			    WHERE a.item_id = f.item_id AND a.client_id = f.client_id AND %s)
			ORDER BY f.item_id, f.finding_id""".formatted(JdbcItemAttributionRepository.COUNTED);

	/** A client's counted leaves, with their item and, for a member, its own row. */
	private static final String LEAVES_OF_CLIENT = """
			SELECT i.item_id, i.rel_path, i.sha256, i.size_bytes, i.media_type, i.status, i.reason,
			       i.modified_at, i.sensitive_incomplete, a.location, a.evidence_kinds, a.score,
			       m.media_type AS member_type, m.status AS member_status, m.reason AS member_reason
			FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
			LEFT JOIN inventory_item m ON m.parent_item_id = i.item_id AND m.run_id = i.run_id
			    AND a.location <> '' AND m.rel_path = i.rel_path || '!/' || a.location
			WHERE a.run_id = ? AND a.client_id = ? AND %s
			ORDER BY i.rel_path, a.location""".formatted(JdbcItemAttributionRepository.COUNTED);

	private final JdbcTemplate jdbc;

	public JdbcImpactQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The number of files (not members) of a run attributed to no client.
	 * @param runId the run
	 * @return the number of files
	 */
	public long countUnattributedFiles(long runId) {
		Long files = this.jdbc.queryForObject(COUNT_UNATTRIBUTED_FILES, Long.class, runId);
		return (files != null) ? files : 0;
	}

	/**
	 * The files (not members) of a run attributed to no client, by path
	 * ({@code rel_path}, {@code sha256}, {@code size_bytes}, {@code media_type},
	 * {@code status}, {@code reason}).
	 * @param runId the run
	 * @param rows called with each file
	 */
	public void unattributedFiles(long runId, RowCallbackHandler rows) {
		this.jdbc.query(UNATTRIBUTED_FILES, rows, runId);
	}

	/**
	 * The (leaf, client) pairs of a run with evidence under the threshold that are not
	 * attributed, by path, member and client ({@code rel_path}, {@code location},
	 * {@code client_id}, {@code evidence_kinds}).
	 * @param runId the run
	 * @param rows called with each pair
	 */
	public void unattributedCandidates(long runId, RowCallbackHandler rows) {
		this.jdbc.query(UNATTRIBUTED_CANDIDATES, rows, runId);
	}

	/**
	 * The number of a client's counted attributions whose item's sensitive data may be
	 * incomplete.
	 * @param runId the run
	 * @param clientId the client
	 * @return the number of attributions
	 */
	public long countIncompleteFiles(long runId, String clientId) {
		Long files = this.jdbc.queryForObject(COUNT_INCOMPLETE_FILES_OF_CLIENT, Long.class, runId, clientId);
		return (files != null) ? files : 0;
	}

	/**
	 * A client's evidence in the items counted for it, by item, in the order found
	 * ({@code item_id}, {@code evidence_kind}, {@code masked_value}, {@code location},
	 * {@code char_offset}, {@code line_no}, {@code occurrences}).
	 * @param runId the run
	 * @param clientId the client
	 * @param rows called with each finding
	 */
	public void evidenceOfClient(long runId, String clientId, RowCallbackHandler rows) {
		this.jdbc.query(EVIDENCE_OF_CLIENT, rows, runId, clientId);
	}

	/**
	 * A client's counted leaves by path and member, with the item's facts and, for a
	 * member, its own media type, status and reason ({@code member_type},
	 * {@code member_status}, {@code member_reason}).
	 * @param runId the run
	 * @param clientId the client
	 * @param rows called with each leaf
	 */
	public void leavesOfClient(long runId, String clientId, RowCallbackHandler rows) {
		this.jdbc.query(LEAVES_OF_CLIENT, rows, runId, clientId);
	}

}
