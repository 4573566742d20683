package com.breachimpact.incremental;

import com.breachimpact.persons.JdbcPersonRecordRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reuses finished work on a rerun, in set-based SQL so that an unchanged inventory costs
 * a few statements, not one per file:
 * <ul>
 * <li>{@link #link}: pending items whose content (SHA-256) was already analysed in the
 * case, or occurs earlier in this run, get that item as their source; files of the
 * previous run that are gone are recorded as removed;</li>
 * <li>{@link #carry}: items whose source is analysed take over its sensitive data (which
 * depends on content only) and, when the source lies at the same path and was mapped with
 * the same registry, its client findings, attributions, candidates, ambiguous name
 * candidates, members and final status too. The others (moved or copied content, or a
 * changed registry) are left for re-mapping from the text cache.</li>
 * </ul>
 */
public class ResultCarrier {

	private static final Logger logger = LoggerFactory.getLogger(ResultCarrier.class);

	/**
	 * Pending items (alias {@code t}) whose source ({@code s}) is analysed at the same
	 * path under the same registry version: their analysis is taken over whole. Joins
	 * only, so that both PostgreSQL and H2 plan it as one pass.
	 */
	private static final String SAME_PATH_AND_REGISTRY = """
			FROM inventory_item t
			JOIN inventory_item s ON s.item_id = t.source_item_id
			JOIN scan_run sr ON sr.run_id = s.run_id
			JOIN scan_run tr ON tr.run_id = t.run_id
			%s
			WHERE t.run_id = ? AND t.status = 'pending' AND s.status <> 'pending' AND s.rel_path = t.rel_path
			  AND sr.registry_sha256 = tr.registry_sha256""";

	private final JdbcTemplate jdbc;

	public ResultCarrier(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static String whole(String join) {
		return SAME_PATH_AND_REGISTRY.formatted(join);
	}

	/**
	 * Link pending items to earlier items of the same content, and record the previous
	 * run's files that are gone.
	 * @param runId the run
	 * @return how many items were linked by content
	 */
	public int link(long runId) {
		int earlier = this.jdbc
			.update("""
					UPDATE inventory_item SET reuse = 'same-content', source_item_id = (
					    SELECT MIN(s.item_id) FROM inventory_item s JOIN scan_run sr ON sr.run_id = s.run_id
					    WHERE s.sha256 = inventory_item.sha256 AND s.run_id < inventory_item.run_id
					      AND s.status = 'analysed' AND sr.case_name = (SELECT case_name FROM scan_run WHERE run_id = ?))
					WHERE run_id = ? AND status = 'pending' AND source_item_id IS NULL AND EXISTS (
					    SELECT 1 FROM inventory_item s JOIN scan_run sr ON sr.run_id = s.run_id
					    WHERE s.sha256 = inventory_item.sha256 AND s.run_id < inventory_item.run_id
					      AND s.status = 'analysed' AND sr.case_name = (SELECT case_name FROM scan_run WHERE run_id = ?))""",
					runId, runId, runId);
		int within = this.jdbc.update("""
				UPDATE inventory_item SET reuse = 'same-content', source_item_id = (
				    SELECT MIN(s.item_id) FROM inventory_item s
				    WHERE s.run_id = inventory_item.run_id AND s.sha256 = inventory_item.sha256
				      AND s.item_id < inventory_item.item_id AND s.status = 'pending' AND s.source_item_id IS NULL)
				WHERE run_id = ? AND status = 'pending' AND source_item_id IS NULL AND EXISTS (
				    SELECT 1 FROM inventory_item s
				    WHERE s.run_id = inventory_item.run_id AND s.sha256 = inventory_item.sha256
				      AND s.item_id < inventory_item.item_id AND s.status = 'pending' AND s.source_item_id IS NULL)""",
				runId);
		int removed = this.jdbc
			.update("""
					INSERT INTO removed_item (run_id, rel_path, sha256, last_run_id, last_item_id)
					SELECT r.run_id, p.rel_path, p.sha256, p.run_id, p.item_id
					FROM scan_run r JOIN inventory_item p ON p.run_id = r.previous_run_id
					WHERE r.run_id = ? AND p.entry_type <> 'member' AND NOT EXISTS (
					    SELECT 1 FROM inventory_item c WHERE c.run_id = r.run_id AND c.rel_path = p.rel_path)
					  AND NOT EXISTS (SELECT 1 FROM removed_item x WHERE x.run_id = r.run_id AND x.rel_path = p.rel_path)""",
					runId);
		logger.info("Run {}: {} items reuse content analysed before, {} repeat content of this run, {} files removed",
				runId, earlier, within, removed);
		return earlier + within;
	}

	/**
	 * Take over the results of analysed sources.
	 * @param runId the run
	 * @return how many items took over their source's whole analysis
	 */
	public int carry(long runId) {
		String carriedSensitive = """
				FROM inventory_item t JOIN inventory_item s ON s.item_id = t.source_item_id
				WHERE t.run_id = ? AND t.status = 'pending' AND s.status <> 'pending'
				  AND (t.reuse IS NULL OR t.reuse <> 'remap')""";
		this.jdbc.update("""
				INSERT INTO sensitive_value (run_id, item_id, location, category, masked_value, value_hash, occurrences,
				    first_line)
				SELECT t.run_id, t.item_id, v.location, v.category, v.masked_value, v.value_hash, v.occurrences,
				    v.first_line
				""" + carriedSensitive.replace("WHERE", "JOIN sensitive_value v ON v.item_id = s.item_id WHERE"),
				runId);
		new JdbcPersonRecordRepository(this.jdbc).carry(carriedSensitive, runId);
		this.jdbc
			.update("""
					INSERT INTO client_finding (run_id, item_id, client_id, evidence_kind, masked_value, location, char_offset,
					    line_no, score, occurrences)
					SELECT t.run_id, t.item_id, f.client_id, f.evidence_kind, f.masked_value, f.location, f.char_offset,
					    f.line_no, f.score, f.occurrences
					"""
					+ whole("JOIN client_finding f ON f.item_id = s.item_id"), runId);
		this.jdbc.update("""
				INSERT INTO item_attribution (run_id, item_id, location, client_id, score, evidence_kinds)
				SELECT t.run_id, t.item_id, a.location, a.client_id, a.score, a.evidence_kinds
				""" + whole("JOIN item_attribution a ON a.item_id = s.item_id"), runId);
		this.jdbc.update("""
				INSERT INTO attribution_candidate (run_id, item_id, location, client_id, score, evidence_kinds)
				SELECT t.run_id, t.item_id, c.location, c.client_id, c.score, c.evidence_kinds
				""" + whole("JOIN attribution_candidate c ON c.item_id = s.item_id"), runId);
		this.jdbc.update("""
				INSERT INTO unknown_identifier (run_id, item_id, kind, masked_value, value_hash)
				SELECT t.run_id, t.item_id, u.kind, u.masked_value, u.value_hash
				""" + whole("JOIN unknown_identifier u ON u.item_id = s.item_id"), runId);
		this.jdbc.update("""
				INSERT INTO ambiguous_candidate (run_id, item_id, location, name, candidate_ids, line_no, occurrences,
				    context)
				SELECT t.run_id, t.item_id, c.location, c.name, c.candidate_ids, c.line_no, c.occurrences, c.context
				""" + whole("JOIN ambiguous_candidate c ON c.item_id = s.item_id"), runId);
		this.jdbc
			.update("""
					INSERT INTO inventory_item (run_id, rel_path, entry_type, media_type, status, reason, detail, text_chars,
					    parent_item_id, parent_path)
					SELECT t.run_id, m.rel_path, m.entry_type, m.media_type, m.status, m.reason, m.detail, m.text_chars,
					    t.item_id, m.parent_path
					"""
					+ whole("JOIN inventory_item m ON m.parent_item_id = s.item_id"), runId);
		int carried = this.jdbc.update("""
				MERGE INTO inventory_item target
				USING (SELECT t.item_id AS target_id, s.status, s.reason, s.detail, s.media_type, s.text_chars, s.parts,
				           s.records, s.sensitive_incomplete, s.quality_flags
				       """ + whole("") + """
				) source ON (target.item_id = source.target_id)
				WHEN MATCHED THEN UPDATE SET status = source.status, reason = source.reason, detail = source.detail,
				    media_type = source.media_type, text_chars = source.text_chars, parts = source.parts,
				    records = source.records, sensitive_incomplete = source.sensitive_incomplete,
				    quality_flags = source.quality_flags""", runId);
		int remap = this.jdbc.update("""
				UPDATE inventory_item SET reuse = 'remap'
				WHERE run_id = ? AND status = 'pending' AND source_item_id IS NOT NULL
				  AND (reuse IS NULL OR reuse <> 'remap')
				  AND EXISTS (SELECT 1 FROM inventory_item s WHERE s.item_id = inventory_item.source_item_id
				      AND s.status <> 'pending')""", runId);
		logger.info("Run {}: {} items reuse their earlier analysis whole, {} are re-mapped from cached text", runId,
				carried, remap);
		return carried;
	}

}
