package com.breachimpact.analysis;

import java.util.List;

import com.breachimpact.inventory.JdbcInventoryItemRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The table {@code client_finding}: the evidence tying an item (or a member of it) to a
 * client, one row per masked value and member.
 */
@Repository
public class JdbcClientFindingRepository {

	private static final String INSERT = """
			INSERT INTO client_finding (run_id, item_id, client_id, evidence_kind, masked_value, location,
			    char_offset, line_no, score, occurrences)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String CARRY = """
			INSERT INTO client_finding (run_id, item_id, client_id, evidence_kind, masked_value, location, char_offset,
			    line_no, score, occurrences)
			SELECT t.run_id, t.item_id, f.client_id, f.evidence_kind, f.masked_value, f.location, f.char_offset,
			    f.line_no, f.score, f.occurrences
			""" + JdbcInventoryItemRepository.carriedWhole("JOIN client_finding f ON f.item_id = s.item_id");

	private static final String EVIDENCE_OF_ITEM = """
			SELECT evidence_kind, masked_value FROM client_finding WHERE item_id = ? AND client_id = ?""";

	/** A member's own evidence and the path evidence (no offset) it inherits. */
	private static final String EVIDENCE_OF_MEMBER = """
			SELECT evidence_kind, masked_value FROM client_finding
			WHERE item_id = ? AND client_id = ? AND (location = ? OR (location = '' AND char_offset < 0))""";

	private static final String DISTINCT_EVIDENCE_OF_LEAF = """
			SELECT DISTINCT evidence_kind || ' ' || masked_value FROM client_finding
			WHERE item_id = ? AND client_id = ? AND (location = ? OR (location = '' AND char_offset < 0))
			ORDER BY 1""";

	private static final String CLIENTS_OF_FAILED_FILES = """
			SELECT DISTINCT f.item_id, f.client_id FROM client_finding f
			JOIN inventory_item i ON i.item_id = f.item_id
			WHERE f.run_id = ? AND f.evidence_kind = ? AND i.status = 'failed' AND i.entry_type = 'file'""";

	private final JdbcTemplate jdbc;

	public JdbcClientFindingRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Insert findings, in one batch (in the caller's transaction).
	 * @param rows the rows of {@link #row(long, long, ClientFinding)}
	 */
	public void insert(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, rows);
		}
	}

	/**
	 * The row of one finding, for {@link #insert(List)}.
	 * @param runId the run
	 * @param itemId the item
	 * @param finding the finding
	 * @return the row's values
	 */
	public static Object[] row(long runId, long itemId, ClientFinding finding) {
		return new Object[] { runId, itemId, finding.clientId(), finding.kind().name(), finding.maskedValue(),
				finding.location(), finding.offset(), finding.line(), finding.score(), finding.occurrences() };
	}

	/**
	 * Give the pending items of a run that take over their source's analysis whole the
	 * source's findings.
	 * @param runId the run
	 */
	public void carryForward(long runId) {
		this.jdbc.update(CARRY, runId);
	}

	/**
	 * The evidence for a client in an item, as {@code KIND<tab>masked value} lines: for
	 * the whole file ({@code location} empty) all of it, members included; for a member,
	 * the evidence in the member's own text and the path evidence it inherits.
	 * @param itemId the item
	 * @param location the member, or {@code ""} for the whole file
	 * @param clientId the client
	 * @return the lines, repeats included
	 */
	public List<String> evidence(long itemId, String location, String clientId) {
		if (location.isEmpty()) {
			return this.jdbc.query(EVIDENCE_OF_ITEM,
					(row, n) -> row.getString("evidence_kind") + '\t' + row.getString("masked_value"), itemId,
					clientId);
		}
		return this.jdbc.query(EVIDENCE_OF_MEMBER,
				(row, n) -> row.getString("evidence_kind") + '\t' + row.getString("masked_value"), itemId, clientId,
				location);
	}

	/**
	 * The distinct evidence for a client in one leaf (its own and the path evidence it
	 * inherits), as {@code KIND masked value}, sorted.
	 * @param itemId the item
	 * @param location the leaf inside the item, {@code ""} for the item itself
	 * @param clientId the client
	 * @return the evidence
	 */
	public List<String> distinctEvidenceOfLeaf(long itemId, String location, String clientId) {
		return this.jdbc.queryForList(DISTINCT_EVIDENCE_OF_LEAF, String.class, itemId, clientId, location);
	}

	/**
	 * The clients with evidence of one kind in the files of a run that failed extraction.
	 * @param runId the run
	 * @param evidenceKind the evidence kind
	 * @param rows called with {@code item_id} and {@code client_id} of each pair
	 */
	public void clientsOfFailedFiles(long runId, String evidenceKind, RowCallbackHandler rows) {
		this.jdbc.query(CLIENTS_OF_FAILED_FILES, rows, runId, evidenceKind);
	}

}
