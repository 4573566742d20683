package com.breachimpact.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.breachimpact.institution.AmbiguousCandidate;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of analyses in the chunk's transaction: the items' final
 * status, their client findings, attributions, unknown institutions, sensitive
 * values, people and ambiguous name candidates, in batches.
 * Because the analyse step reads only pending items, a chunk rolled back by a
 * failure is analysed again on restart and a committed one never is: no finding
 * is lost or written twice.
 */
public class AnalysisWriter implements ItemWriter<ItemAnalysis> {

	private static final String UPDATE_ITEM = """
			UPDATE inventory_item SET status = ?, reason = ?, detail = ?, media_type = ?, text_chars = ?, parts = ?,
			    records = ?, sensitive_incomplete = ?
			WHERE item_id = ?""";

	private static final String INSERT_FINDING = """
			INSERT INTO client_finding (run_id, item_id, client_id, evidence_kind, masked_value, location,
			    char_offset, line_no, score, occurrences)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_ATTRIBUTION = """
			INSERT INTO item_attribution (run_id, item_id, client_id, score, evidence_kinds) VALUES (?, ?, ?, ?, ?)""";

	private static final String INSERT_UNKNOWN = """
			INSERT INTO unknown_identifier (run_id, item_id, kind, masked_value, value_hash) VALUES (?, ?, ?, ?, ?)""";

	private static final String INSERT_SENSITIVE = """
			INSERT INTO sensitive_value (run_id, item_id, location, category, masked_value, value_hash, occurrences,
			    first_line)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_AMBIGUOUS = """
			INSERT INTO ambiguous_candidate (run_id, item_id, location, name, candidate_ids, line_no, occurrences,
			    context)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_PERSON = """
			INSERT INTO item_person (run_id, item_id, person_no, link_key) VALUES (?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final long runId;

	public AnalysisWriter(JdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends ItemAnalysis> chunk) {
		List<Object[]> items = new ArrayList<>();
		List<Object[]> findings = new ArrayList<>();
		List<Object[]> attributions = new ArrayList<>();
		List<Object[]> unknown = new ArrayList<>();
		List<Object[]> sensitive = new ArrayList<>();
		List<Object[]> people = new ArrayList<>();
		List<Object[]> ambiguous = new ArrayList<>();
		for (ItemAnalysis analysis : chunk) {
			items.add(new Object[] { analysis.status().code(), analysis.reason(), analysis.detail(),
					truncate(analysis.mediaType(), 255), analysis.textChars(), analysis.parts(), analysis.records(),
					analysis.sensitiveIncomplete(), analysis.itemId() });
			for (SensitiveValue value : analysis.sensitiveValues()) {
				sensitive.add(new Object[] { this.runId, analysis.itemId(), value.location(), value.category().name(),
						truncate(value.maskedValue(), 255), value.valueHash(), value.occurrences(), value.firstLine() });
			}
			int personNo = 0;
			for (Set<String> person : analysis.people()) {
				personNo++;
				for (String linkKey : person) {
					people.add(new Object[] { this.runId, analysis.itemId(), personNo, linkKey });
				}
			}
			for (ClientFinding finding : analysis.findings()) {
				findings.add(new Object[] { this.runId, analysis.itemId(), finding.clientId(), finding.kind().name(),
						finding.maskedValue(), finding.location(), finding.offset(), finding.line(), finding.score(),
						finding.occurrences() });
			}
			for (ClientAttribution attribution : analysis.attributions()) {
				attributions.add(new Object[] { this.runId, analysis.itemId(), attribution.clientId(),
						attribution.score(), attribution.evidenceKinds() });
			}
			for (AmbiguousCandidate candidate : analysis.ambiguousCandidates()) {
				ambiguous.add(new Object[] { this.runId, analysis.itemId(), candidate.location(), candidate.name(),
						String.join(",", candidate.candidateIds()), candidate.line(), candidate.occurrences(),
						candidate.context() });
			}
			for (UnknownInstitution institution : analysis.unknownInstitutions()) {
				unknown.add(new Object[] { this.runId, analysis.itemId(), institution.kind(),
						institution.maskedValue(), institution.valueHash() });
			}
		}
		batch(UPDATE_ITEM, items);
		batch(INSERT_FINDING, findings);
		batch(INSERT_ATTRIBUTION, attributions);
		batch(INSERT_UNKNOWN, unknown);
		batch(INSERT_SENSITIVE, sensitive);
		batch(INSERT_PERSON, people);
		batch(INSERT_AMBIGUOUS, ambiguous);
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(sql, rows);
		}
	}

	private static String truncate(String value, int length) {
		return (value != null && value.length() > length) ? value.substring(0, length) : value;
	}

}
