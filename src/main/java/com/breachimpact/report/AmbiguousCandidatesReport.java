package com.breachimpact.report;

import java.nio.file.Path;

import com.breachimpact.analysis.JdbcAmbiguousCandidateRepository;
import com.breachimpact.classification.PathMasking;
import com.breachimpact.csv.CsvFile;

/**
 * Writes {@code ambiguous_candidates.csv}: the names shared by several clients
 * (namesakes) that nothing in a file settled, so that the file is attributed to none of
 * them on that name. One row per file, member and name, ordered by path: {@code path}
 * (the file), {@code name} (in normal form), {@code candidates} (the namesakes' client
 * ids, {@code |}-separated) and {@code context} (member, line of the first mention,
 * number of mentions and why nothing settled it). These rows are never counted for a
 * client.
 */
public class AmbiguousCandidatesReport {

	/** The report's file name in the reports folder. */
	public static final String FILE_NAME = "ambiguous_candidates.csv";

	private final JdbcAmbiguousCandidateRepository ambiguousCandidates;

	public AmbiguousCandidatesReport(JdbcAmbiguousCandidateRepository ambiguousCandidates) {
		this.ambiguousCandidates = ambiguousCandidates;
	}

	/**
	 * Write the report of a run, replacing any earlier one.
	 * @param runId the run
	 * @param out the reports folder
	 */
	public void write(long runId, Path out) {
		try (CsvFile csv = CsvFile.create(out.resolve(FILE_NAME), "path", "name", "candidates", "context")) {
			this.ambiguousCandidates.forEachOfRun(runId, (row) -> {
				String member = row.getString("location").isEmpty() ? ""
						: "member " + PathMasking.mask(row.getString("location")) + ", ";
				int occurrences = row.getInt("occurrences");
				String context = member + "line " + row.getInt("line_no")
						+ ((occurrences > 1) ? " (" + occurrences + " mentions)" : "") + ": "
						+ row.getString("context");
				csv.row(PathMasking.mask(row.getString("rel_path")), row.getString("name"),
						row.getString("candidate_ids").replace(',', '|'), context);
			});
		}
	}

}
