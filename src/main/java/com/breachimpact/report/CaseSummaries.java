package com.breachimpact.report;

import java.util.ArrayList;
import java.util.List;

import com.breachimpact.classification.PathMasking;
import com.breachimpact.classification.Severity;
import com.breachimpact.analysis.ReviewFilters;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Builds the {@link CaseSummary} of a run from the database.
 */
public class CaseSummaries {

	private final JdbcTemplate jdbc;

	public CaseSummaries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Build a run's case summary.
	 * @param run the run's facts
	 * @param affected the affected clients, in report order
	 * @return the summary
	 */
	public CaseSummary of(RunInfo run, List<ClientImpact> affected) {
		long runId = run.runId();
		long[] bySeverity = new long[Severity.values().length];
		affected.forEach((client) -> bySeverity[client.severity().severity().ordinal()]++);
		Long attributed = this.jdbc
			.queryForObject("SELECT COUNT(*) FROM (SELECT DISTINCT a.item_id, a.location FROM item_attribution a "
					+ "WHERE a.run_id = ? AND " + ReviewFilters.COUNTED + ") leaves", Long.class, runId);
		Long unmatched = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM inventory_item i WHERE i.run_id = ? AND i.entry_type <> 'member'
				AND NOT EXISTS (SELECT 1 FROM item_attribution a WHERE a.item_id = i.item_id""" + " AND "
				+ ReviewFilters.COUNTED + ")", Long.class, runId);
		List<CaseSummary.UnknownRow> unknown = new ArrayList<>();
		this.jdbc.query("""
				SELECT kind, MIN(masked_value) AS masked_value, COUNT(DISTINCT item_id) AS files
				FROM unknown_identifier WHERE run_id = ?
				GROUP BY kind, value_hash ORDER BY files DESC, kind, masked_value""",
				(RowCallbackHandler) (row) -> unknown.add(new CaseSummary.UnknownRow(row.getString("kind"),
						row.getString("masked_value"), row.getLong("files"))),
				runId);
		String problems = "FROM inventory_item WHERE run_id = ? AND (status = 'failed' OR sensitive_incomplete = TRUE)";
		Long problemCount = this.jdbc.queryForObject("SELECT COUNT(*) " + problems, Long.class, runId);
		List<CaseSummary.ProblemItem> items = new ArrayList<>();
		this.jdbc.query(
				"SELECT rel_path, status, reason, detail, sensitive_incomplete " + problems
						+ " ORDER BY status, reason, rel_path LIMIT " + CaseSummary.MAX_PROBLEM_ITEMS,
				(RowCallbackHandler) (row) -> {
					boolean failed = "failed".equals(row.getString("status"));
					items.add(new CaseSummary.ProblemItem(PathMasking.mask(row.getString("rel_path")),
							row.getString("status"), failed ? row.getString("reason") : "limited",
							oneLine(row.getString("detail"))));
				}, runId);
		return new CaseSummary(run, affected, bySeverity[Severity.NOTIFY.ordinal()],
				bySeverity[Severity.REVIEW.ordinal()], bySeverity[Severity.INFORMATIONAL.ordinal()],
				(attributed != null) ? attributed : 0, (unmatched != null) ? unmatched : 0, unknown, items,
				(problemCount != null) ? problemCount : 0);
	}

	private static String oneLine(String detail) {
		if (detail == null) {
			return null;
		}
		String line = detail.strip().replaceAll("\\s+", " ");
		return (line.length() > 200) ? line.substring(0, 200) + "..." : line;
	}

}
