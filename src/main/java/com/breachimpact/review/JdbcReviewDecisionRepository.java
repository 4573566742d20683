package com.breachimpact.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The table {@code review_decision}, the append-only store of review decisions: a
 * decision is never deleted nor changed; a newer decision on the same content and client
 * (or a newer note on the same client, or content and client) supersedes the older one,
 * which stays in the history.
 */
@Repository
public class JdbcReviewDecisionRepository {

	private static final String COLUMNS = """
			decision_id, case_name, sha256, location, client_id, decision, reason, note, rel_path, run_id, decided_by, decided_at,
			evidence_fingerprint, superseded_by""";

	private static final String INSERT = """
			INSERT INTO review_decision (case_name, sha256, client_id, decision, reason, note, rel_path, run_id,
			    decided_by, decided_at, evidence_fingerprint, location)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/**
	 * The current decision of the same pair and family (notes, or decisions) as a new
	 * one.
	 */
	private static final String SUPERSEDE = """
			UPDATE review_decision SET superseded_by = ?
			WHERE case_name = ? AND client_id = ? AND sha256 IS NOT DISTINCT FROM ? AND location = ?
			  AND decision_id < ? AND superseded_by IS NULL""";

	private static final String HISTORY = "SELECT " + COLUMNS + """
			 FROM review_decision WHERE case_name = ? AND client_id = ? AND sha256 IS NOT DISTINCT FROM ?
			ORDER BY decision_id""";

	private static final String CURRENT = "SELECT " + COLUMNS
			+ " FROM review_decision WHERE case_name = ? AND superseded_by IS NULL ORDER BY decision_id";

	private static final String CLIENT_NOTE = """
			SELECT note FROM review_decision WHERE case_name = ? AND client_id = ? AND sha256 IS NULL
			  AND decision = 'note' AND superseded_by IS NULL""";

	private final JdbcTemplate jdbc;

	public JdbcReviewDecisionRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Store a decision and mark the current decision it replaces (if any) as superseded
	 * by it. Runs in the caller's transaction.
	 * @param decision the decision; its id and {@code supersededBy} are ignored
	 * @return the new decision's id
	 */
	public long record(ReviewDecision decision) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(INSERT, new String[] { "decision_id" });
			insert.setString(1, decision.caseName());
			insert.setString(2, decision.sha256());
			insert.setString(3, decision.clientId());
			insert.setString(4, decision.kind().code());
			insert.setString(5, decision.reason());
			insert.setString(6, decision.note());
			insert.setString(7, decision.path());
			if (decision.runId() != null) {
				insert.setLong(8, decision.runId());
			}
			else {
				insert.setNull(8, Types.BIGINT);
			}
			insert.setString(9, decision.decidedBy());
			insert.setTimestamp(10, Timestamp.from(decision.decidedAt()));
			insert.setString(11, decision.evidenceFingerprint());
			insert.setString(12, decision.location());
			return insert;
		}, key);
		long id = key.getKey().longValue();
		String family = (decision.kind() == DecisionKind.NOTE) ? "decision = 'note'" : "decision <> 'note'";
		this.jdbc.update(SUPERSEDE + " AND " + family, id, decision.caseName(), decision.clientId(), decision.sha256(),
				decision.location(), id);
		return id;
	}

	/**
	 * Every decision on a content and client (or, with a {@code null} sha256, every note
	 * on the client), oldest first: the audit trail of the pair.
	 * @param caseName the case
	 * @param sha256 the content, or {@code null} for the client's notes
	 * @param clientId the client
	 * @return the decisions in the order they were made
	 */
	public List<ReviewDecision> history(String caseName, String sha256, String clientId) {
		return this.jdbc.query(HISTORY, JdbcReviewDecisionRepository::decision, caseName, clientId, sha256);
	}

	/**
	 * The decisions of a case that no newer one replaced, notes included.
	 * @param caseName the case
	 * @return the current decisions, oldest first
	 */
	public List<ReviewDecision> current(String caseName) {
		return this.jdbc.query(CURRENT, JdbcReviewDecisionRepository::decision, caseName);
	}

	/**
	 * The current note on a client (one without content), if any.
	 * @param caseName the case
	 * @param clientId the client
	 * @return the note's text, or {@code null}
	 */
	public String clientNote(String caseName, String clientId) {
		List<String> notes = this.jdbc.queryForList(CLIENT_NOTE, String.class, caseName, clientId);
		return notes.isEmpty() ? null : notes.get(0);
	}

	static ReviewDecision decision(ResultSet row, int rowNum) throws SQLException {
		long runId = row.getLong("run_id");
		Long run = row.wasNull() ? null : runId;
		long supersededBy = row.getLong("superseded_by");
		Long superseded = row.wasNull() ? null : supersededBy;
		Timestamp at = row.getTimestamp("decided_at");
		return new ReviewDecision(row.getLong("decision_id"), row.getString("case_name"), row.getString("sha256"),
				row.getString("location"), row.getString("client_id"),
				DecisionKind.valueOf(row.getString("decision").toUpperCase(Locale.ROOT)), row.getString("reason"),
				row.getString("note"), row.getString("rel_path"), run, row.getString("decided_by"),
				(at != null) ? at.toInstant() : Instant.EPOCH, row.getString("evidence_fingerprint"), superseded);
	}

}
