package com.breachimpact.analysis;

import java.util.ArrayList;
import java.util.List;

import com.breachimpact.extraction.ExtractedPart;
import com.breachimpact.extraction.ExtractionStatus;
import com.breachimpact.inventory.ItemStatus;
import com.breachimpact.institution.AmbiguousCandidate;
import com.breachimpact.persons.JdbcPersonRecordRepository;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of analyses in the chunk's transaction: the items' final status, their
 * client findings, attributions and candidates under the threshold, unknown institutions,
 * sensitive values, person records and ambiguous name candidates, in batches. Because the
 * analyse step reads only pending items, a chunk rolled back by a failure is analysed
 * again on restart and a committed one never is: no finding is lost or written twice.
 */
public class AnalysisWriter implements ItemWriter<ItemAnalysis> {

	private static final String UPDATE_ITEM = """
			UPDATE inventory_item SET status = ?, reason = ?, detail = ?, media_type = ?, text_chars = ?, parts = ?,
			    records = ?, sensitive_incomplete = ?, quality_flags = ?
			WHERE item_id = ?""";

	private static final String INSERT_FINDING = """
			INSERT INTO client_finding (run_id, item_id, client_id, evidence_kind, masked_value, location,
			    char_offset, line_no, score, occurrences)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_ATTRIBUTION = """
			INSERT INTO item_attribution (run_id, item_id, location, client_id, score, evidence_kinds)
			VALUES (?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_CANDIDATE = """
			INSERT INTO attribution_candidate (run_id, item_id, location, client_id, score, evidence_kinds)
			VALUES (?, ?, ?, ?, ?, ?)""";

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

	private static final String INSERT_MEMBER = """
			INSERT INTO inventory_item (run_id, rel_path, entry_type, media_type, status, reason, detail, text_chars,
			    parent_item_id, parent_path)
			SELECT ?, i.rel_path || '!/' || ?, 'member', ?, ?, ?, ?, ?, i.item_id, i.rel_path
			FROM inventory_item i WHERE i.item_id = ?
			  AND NOT EXISTS (SELECT 1 FROM inventory_item m WHERE m.run_id = i.run_id
			      AND m.rel_path = i.rel_path || '!/' || ?)""";

	private final JdbcTemplate jdbc;

	private final long runId;

	private final JdbcPersonRecordRepository personRecords;

	public AnalysisWriter(JdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
		this.personRecords = new JdbcPersonRecordRepository(jdbc);
	}

	@Override
	public void write(Chunk<? extends ItemAnalysis> chunk) {
		List<Object[]> items = new ArrayList<>();
		List<Object[]> findings = new ArrayList<>();
		List<Object[]> attributions = new ArrayList<>();
		List<Object[]> candidates = new ArrayList<>();
		List<Object[]> unknown = new ArrayList<>();
		List<Object[]> sensitive = new ArrayList<>();
		List<Object[]> personRows = new ArrayList<>();
		List<Object[]> reclassified = new ArrayList<>();
		List<Object[]> members = new ArrayList<>();
		List<Object[]> ambiguous = new ArrayList<>();
		for (ItemAnalysis analysis : chunk) {
			for (ExtractedPart member : analysis.members()) {
				ExtractionStatus status = member.status();
				boolean analysed = status.hasText();
				members.add(new Object[] { this.runId, member.path(), truncate(member.mediaType(), 255),
						(analysed ? ItemStatus.ANALYSED : ItemStatus.FAILED).code(),
						(status == ExtractionStatus.OK) ? null : status.code(), member.detail(), member.text().length(),
						analysis.itemId(), member.path() });
			}
			if (analysis.classified()) {
				reclassified.add(new Object[] { analysis.itemId() });
			}
			items.add(new Object[] { analysis.status().code(), analysis.reason(), analysis.detail(),
					truncate(analysis.mediaType(), 255), analysis.textChars(), analysis.parts(), analysis.records(),
					analysis.sensitiveIncomplete(), analysis.qualityFlags(), analysis.itemId() });
			for (SensitiveValue value : analysis.sensitiveValues()) {
				sensitive.add(new Object[] { this.runId, analysis.itemId(), value.location(), value.category().name(),
						truncate(value.maskedValue(), 255), value.valueHash(), value.occurrences(),
						value.firstLine() });
			}
			int recordNo = 0;
			for (LeafPersonRecord record : analysis.personRecords()) {
				personRows.add(JdbcPersonRecordRepository.row(this.runId, analysis.itemId(), record.location(),
						++recordNo, record.record()));
			}
			for (ClientFinding finding : analysis.findings()) {
				findings.add(new Object[] { this.runId, analysis.itemId(), finding.clientId(), finding.kind().name(),
						finding.maskedValue(), finding.location(), finding.offset(), finding.line(), finding.score(),
						finding.occurrences() });
			}
			for (ClientAttribution attribution : analysis.attributions()) {
				attributions.add(new Object[] { this.runId, analysis.itemId(), attribution.location(),
						attribution.clientId(), attribution.score(), attribution.evidenceKinds() });
			}
			for (ClientAttribution candidate : analysis.candidates()) {
				candidates.add(new Object[] { this.runId, analysis.itemId(), candidate.location(), candidate.clientId(),
						candidate.score(), candidate.evidenceKinds() });
			}
			for (AmbiguousCandidate candidate : analysis.ambiguousCandidates()) {
				ambiguous.add(new Object[] { this.runId, analysis.itemId(), candidate.location(), candidate.name(),
						String.join(",", candidate.candidateIds()), candidate.line(), candidate.occurrences(),
						candidate.context() });
			}
			for (UnknownInstitution institution : analysis.unknownInstitutions()) {
				unknown.add(new Object[] { this.runId, analysis.itemId(), institution.kind(), institution.maskedValue(),
						institution.valueHash() });
			}
		}
		// sensitive data reused from an earlier item is replaced when the item was
		// classified anew
		batch("DELETE FROM sensitive_value WHERE item_id = ?", reclassified);
		this.personRecords.deleteOfItems(reclassified);
		batch(UPDATE_ITEM, items);
		batch(INSERT_MEMBER, members);
		batch(INSERT_FINDING, findings);
		batch(INSERT_ATTRIBUTION, attributions);
		batch(INSERT_CANDIDATE, candidates);
		batch(INSERT_UNKNOWN, unknown);
		batch(INSERT_SENSITIVE, sensitive);
		this.personRecords.insert(personRows);
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
