package com.breachimpact.report;

import java.util.ArrayList;
import java.util.List;

import com.breachimpact.classification.PathMasking;
import com.breachimpact.classification.Severity;
import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.analysis.JdbcUnknownIdentifierRepository;
import com.breachimpact.inventory.JdbcInventoryItemRepository;

/**
 * Builds the {@link CaseSummary} of a run from the database.
 */
public class CaseSummaries {

	private final JdbcItemAttributionRepository attributions;

	private final JdbcImpactQueries impactQueries;

	private final JdbcUnknownIdentifierRepository unknownIdentifiers;

	private final JdbcInventoryItemRepository items;

	public CaseSummaries(JdbcItemAttributionRepository attributions, JdbcImpactQueries impactQueries,
			JdbcUnknownIdentifierRepository unknownIdentifiers, JdbcInventoryItemRepository items) {
		this.attributions = attributions;
		this.impactQueries = impactQueries;
		this.unknownIdentifiers = unknownIdentifiers;
		this.items = items;
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
		long attributed = this.attributions.countCountedLeaves(runId);
		long unmatched = this.impactQueries.countUnattributedFiles(runId);
		List<CaseSummary.UnknownRow> unknown = new ArrayList<>();
		this.unknownIdentifiers.countFilesByValue(runId,
				(row) -> unknown.add(new CaseSummary.UnknownRow(row.getString("kind"), row.getString("masked_value"),
						row.getLong("files"))));
		long problemCount = this.items.countProblems(runId);
		List<CaseSummary.ProblemItem> items = new ArrayList<>();
		this.items.firstProblems(runId, CaseSummary.MAX_PROBLEM_ITEMS, (row) -> {
			boolean failed = "failed".equals(row.getString("status"));
			items.add(new CaseSummary.ProblemItem(PathMasking.mask(row.getString("rel_path")), row.getString("status"),
					failed ? row.getString("reason") : "limited", oneLine(row.getString("detail"))));
		});
		return new CaseSummary(run, affected, bySeverity[Severity.NOTIFY.ordinal()],
				bySeverity[Severity.REVIEW.ordinal()], bySeverity[Severity.INFORMATIONAL.ordinal()], attributed,
				unmatched, unknown, items, problemCount);
	}

	private static String oneLine(String detail) {
		if (detail == null) {
			return null;
		}
		String line = detail.strip().replaceAll("\\s+", " ");
		return (line.length() > 200) ? line.substring(0, 200) + "..." : line;
	}

}
