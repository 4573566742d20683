package com.breachimpact.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.breachimpact.csv.CsvFile;

/**
 * The review queue as a CSV file for investigators (owner-only, formula-safe, written
 * with {@link CsvFile}): one row per pair with its masked evidence, the keys an import
 * needs ({@value #CASE}, {@value #RUN_ID}, {@value #CLIENT_ID}, {@value #SHA256},
 * {@value #PATH}) and empty {@value #DECISION}, {@value #REASON} and {@value #NOTE}
 * columns to fill in.
 */
public final class ReviewQueueFile {

	/** Column: the case. */
	public static final String CASE = "case";

	/** Column: the run the evidence is from. */
	public static final String RUN_ID = "run_id";

	/** Column: the client id. */
	public static final String CLIENT_ID = "client_id";

	/** Column: the file's path. */
	public static final String PATH = "path";

	/** Column: the file's SHA-256. */
	public static final String SHA256 = "sha256";

	/**
	 * Column: the member of the file the pair is about ({@code inner.zip!/f.csv}), empty
	 * for the file itself.
	 */
	public static final String MEMBER = "member";

	/** Column: {@code confirmed}, {@code rejected} or {@code added}. */
	public static final String DECISION = "decision";

	/** Column: why (required for {@code rejected}). */
	public static final String REASON = "reason";

	/** Column: a note. */
	public static final String NOTE = "note";

	static final String[] HEADER = { CASE, RUN_ID, CLIENT_ID, "client_name", "client_severity", PATH, MEMBER, SHA256,
			"score", "evidence_kinds", "evidence", "queue_reasons", "review_status", DECISION, REASON, NOTE };

	private ReviewQueueFile() {
	}

	/**
	 * Write a queue to a file, replacing it.
	 * @param file the CSV file
	 * @param queue the entries, in the order to write them
	 */
	public static void write(Path file, List<ReviewQueueEntry> queue) {
		try (CsvFile csv = CsvFile.create(file, HEADER)) {
			for (ReviewQueueEntry entry : queue) {
				csv.row(entry.caseName(), entry.runId(), entry.clientId(), entry.clientName(),
						entry.clientSeverity().name().toLowerCase(Locale.ROOT), entry.path(), entry.location(),
						entry.sha256(), entry.score(), entry.evidenceKinds(), String.join("; ", entry.evidence()),
						String.join(" ", entry.reasons()), entry.reviewStatus().code(), "", "", "");
			}
		}
	}

}
