package com.breachimpact.cli;

import java.io.PrintWriter;
import java.util.Locale;

import com.breachimpact.scan.ScanOutcome;

/**
 * Prints the end of a scan for the person who launched it: the reconciliation line,
 * throughput, and where the reports are.
 */
final class OutcomePrinter {

	private OutcomePrinter() {
	}

	/**
	 * Print an outcome and tell which exit code it means.
	 * @param outcome the scan outcome
	 * @param caseName the case, as {@code review export --case} takes it, or {@code null}
	 * @param out where to print
	 * @return the exit code
	 */
	static int print(ScanOutcome outcome, String caseName, PrintWriter out) {
		double seconds = Math.max(outcome.duration().toMillis(), 1) / 1000.0;
		long files = outcome.reconciliation().total();
		String ofCase = (caseName != null) ? " of case " + caseName : "";
		out.printf(Locale.ROOT, "Run %d%s (execution %d): %s%n", outcome.runId(), ofCase, outcome.executionId(),
				outcome.status());
		out.printf(Locale.ROOT, "Reconciliation: %s%n", outcome.reconciliation().line());
		out.printf(Locale.ROOT, "Time: %.1f s, %.1f files/s, %.2f MB/s%n", seconds, files / seconds,
				outcome.bytes() / 1_000_000.0 / seconds);
		int code;
		if (outcome.failure() != null) {
			out.printf("Scan failed: %s%nResume it with: breach-impact restart --execution %d%n", outcome.failure(),
					outcome.executionId());
			code = ExitCodes.JOB_FAILED;
		}
		else if (!outcome.reconciliation().isComplete()) {
			out.println("Some files are unaccounted for: see ledger.csv");
			code = ExitCodes.UNACCOUNTED;
		}
		else {
			code = ExitCodes.OK;
		}
		out.printf("Reports: %s%n", outcome.out().toAbsolutePath());
		out.flush();
		return code;
	}

	/**
	 * Print an outcome for a scheduled run: the reconciliation line on {@code out}, and
	 * on {@code err} only what went wrong.
	 * @param outcome the scan outcome
	 * @param out where the reconciliation line goes
	 * @param err where errors go
	 * @return the exit code, as {@link #print(ScanOutcome, PrintWriter)} tells it
	 */
	static int printQuiet(ScanOutcome outcome, PrintWriter out, PrintWriter err) {
		out.printf(Locale.ROOT, "Reconciliation: %s%n", outcome.reconciliation().line());
		out.flush();
		int code;
		if (outcome.failure() != null) {
			err.printf("breach-impact: scan failed: %s (resume it with: breach-impact restart --execution %d)%n",
					outcome.failure(), outcome.executionId());
			code = ExitCodes.JOB_FAILED;
		}
		else if (!outcome.reconciliation().isComplete()) {
			err.println("breach-impact: some files are unaccounted for: see ledger.csv");
			code = ExitCodes.UNACCOUNTED;
		}
		else {
			code = ExitCodes.OK;
		}
		err.flush();
		return code;
	}

}
