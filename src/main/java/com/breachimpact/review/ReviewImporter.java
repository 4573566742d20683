package com.breachimpact.review;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.institution.RegistryException;
import com.breachimpact.analysis.JdbcClientFindingRepository;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.JdbcScanRunRepository;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a review file (as {@link ReviewQueueFile} writes it, edited by an
 * investigator): every row is validated first, and only when all are valid are the
 * decisions stored and applied to each case's latest completed run, in one transaction,
 * so a file is imported whole or not at all.
 * <p>
 * Columns are found by header name: {@value ReviewQueueFile#CLIENT_ID} (required),
 * {@value ReviewQueueFile#DECISION}, {@value ReviewQueueFile#REASON},
 * {@value ReviewQueueFile#NOTE}, {@value ReviewQueueFile#SHA256},
 * {@value ReviewQueueFile#PATH}, {@value ReviewQueueFile#CASE} and
 * {@value ReviewQueueFile#RUN_ID}; others are ignored. A row is:
 * <ul>
 * <li>a decision ({@code confirmed}, {@code rejected} with a reason, or {@code added}) on
 * the content given by its sha256, or by its path in the row's run (default: the case's
 * latest run), and the client;</li>
 * <li>a note: no decision but a note, on the client alone when sha256 and path are
 * empty;</li>
 * <li>skipped: neither decision nor note (a row left unreviewed).</li>
 * </ul>
 * Problems: an unknown decision, a rejection without a reason, a client id that is not in
 * the registry of the case's last run, a sha256 no run of the case has, a path that the
 * run does not have, a case or run that does not exist.
 */
public class ReviewImporter {

	private static final String FORMULA_START = "=+-@\t\r";

	private final JdbcReviewDecisionRepository decisions;

	private final ReviewApplier applier;

	private final JdbcInventoryItemRepository items;

	private final JdbcClientFindingRepository findings;

	private final JdbcScanRunRepository runs;

	private final TransactionTemplate transaction;

	/**
	 * An importer of review files.
	 * @param decisions where decisions are recorded
	 * @param applier applies them to the case's latest run
	 * @param items the ledger, where paths, contents and members are looked up
	 * @param findings the evidence, whose fingerprint a decision keeps
	 * @param runs the runs of the cases
	 * @param transactionManager the one transaction of an import
	 */
	public ReviewImporter(JdbcReviewDecisionRepository decisions, ReviewApplier applier,
			JdbcInventoryItemRepository items, JdbcClientFindingRepository findings, JdbcScanRunRepository runs,
			PlatformTransactionManager transactionManager) {
		this.decisions = decisions;
		this.applier = applier;
		this.items = items;
		this.findings = findings;
		this.runs = runs;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Import a review file.
	 * @param file the CSV file
	 * @param caseName the case of every row, or {@code null} to take each row's
	 * {@value ReviewQueueFile#CASE} column
	 * @param who who decided (stored with every decision)
	 * @return what was imported
	 * @throws ReviewImportException if any row is invalid: nothing is imported
	 * @throws UncheckedIOException if the file cannot be read
	 */
	public ReviewImport importFile(Path file, String caseName, String who) {
		if (who == null || who.isBlank()) {
			throw new ReviewImportException(file.toString(), List.of("no reviewer name (--who)"));
		}
		List<String> problems = new ArrayList<>();
		List<ReviewDecision> decisions = new ArrayList<>();
		int skipped = 0;
		Instant now = Instant.now();
		Map<String, CaseContext> cases = new HashMap<>();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVReader csv = new CSVReaderBuilder(in).build()) {
			String[] header = csv.readNext();
			if (header == null) {
				throw new ReviewImportException(file.toString(), List.of("line 1: the file is empty"));
			}
			Map<String, Integer> columns = columns(header);
			if (!columns.containsKey(ReviewQueueFile.CLIENT_ID)) {
				throw new ReviewImportException(file.toString(), List.of("line 1: no client_id column"));
			}
			long linesRead = csv.getLinesRead();
			String[] cells;
			while ((cells = csv.readNext()) != null) {
				long line = linesRead + 1;
				linesRead = csv.getLinesRead();
				Row row = new Row(line, cells, columns);
				if (row.get(ReviewQueueFile.DECISION).isEmpty() && row.get(ReviewQueueFile.NOTE).isEmpty()) {
					skipped++;
					continue;
				}
				ReviewDecision decision = validate(row, caseName, who.strip(), now, cases, problems);
				if (decision != null) {
					decisions.add(decision);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the review file " + file, ex);
		}
		catch (CsvValidationException ex) {
			problems.add("line " + ex.getLineNumber() + ": not valid CSV");
		}
		if (!problems.isEmpty()) {
			throw new ReviewImportException(file.toString(), problems);
		}
		int skippedRows = skipped;
		return this.transaction.execute((status) -> {
			Map<DecisionKind, Integer> recorded = new EnumMap<>(DecisionKind.class);
			Set<String> touched = new LinkedHashSet<>();
			for (ReviewDecision decision : decisions) {
				this.decisions.record(decision);
				recorded.merge(decision.kind(), 1, Integer::sum);
				touched.add(decision.caseName());
			}
			List<Long> applied = new ArrayList<>();
			for (String touchedCase : touched) {
				this.runs.latestCompleted(touchedCase).ifPresent((runId) -> {
					this.applier.apply(runId);
					applied.add(runId);
				});
			}
			return new ReviewImport(recorded, skippedRows, applied);
		});
	}

	/**
	 * Check one row; on success return its decision, else add its problems.
	 * @return the decision, or {@code null} when the row has problems
	 */
	private ReviewDecision validate(Row row, String caseOverride, String who, Instant now,
			Map<String, CaseContext> cases, List<String> problems) {
		String decisionText = row.get(ReviewQueueFile.DECISION);
		String reason = row.get(ReviewQueueFile.REASON);
		String note = row.get(ReviewQueueFile.NOTE);
		int before = problems.size();
		DecisionKind kind = DecisionKind.NOTE;
		if (!decisionText.isEmpty()) {
			Optional<DecisionKind> parsed = DecisionKind.parse(decisionText).filter((k) -> k != DecisionKind.NOTE);
			if (parsed.isEmpty()) {
				problems.add(row.at() + "unknown decision '" + shorten(decisionText)
						+ "' (expected confirmed, rejected or added)");
			}
			else {
				kind = parsed.get();
			}
		}
		if (kind == DecisionKind.REJECTED && reason.isEmpty()) {
			problems.add(row.at() + "a rejection needs a reason");
		}
		String caseName = (caseOverride != null) ? caseOverride : row.get(ReviewQueueFile.CASE);
		if (caseName.isEmpty()) {
			problems.add(row.at() + "no case (give --case or fill the 'case' column)");
			return null;
		}
		CaseContext context = cases.computeIfAbsent(caseName, this::caseContext);
		if (context.problem != null) {
			problems.add(row.at() + context.problem);
			return null;
		}
		String clientId = row.get(ReviewQueueFile.CLIENT_ID);
		if (clientId.isEmpty()) {
			problems.add(row.at() + "client_id is empty");
		}
		else if (context.registry.find(clientId).isEmpty()) {
			problems.add(row.at() + "unknown client id '" + shorten(clientId) + "' (not in the registry of run "
					+ context.latestRun + " of case '" + caseName + "')");
		}
		Long runId = context.latestRun;
		String runText = row.get(ReviewQueueFile.RUN_ID);
		if (!runText.isEmpty()) {
			try {
				runId = Long.parseLong(runText);
				if (!caseName.equals(this.runs.caseOf(runId).orElse(null))) {
					problems.add(row.at() + "run " + runId + " is not a run of case '" + caseName + "'");
					return null;
				}
			}
			catch (NumberFormatException ex) {
				problems.add(row.at() + "run_id '" + shorten(runText) + "' is not a number");
				return null;
			}
		}
		String sha256 = row.get(ReviewQueueFile.SHA256).toLowerCase(Locale.ROOT);
		String path = row.get(ReviewQueueFile.PATH);
		Long itemId = null;
		if (!path.isEmpty()) {
			Optional<JdbcInventoryItemRepository.StoredFile> file = this.items.fileAt(runId, path);
			if (file.isEmpty()) {
				problems.add(row.at() + "unknown path '" + shorten(path) + "' (not a file of run " + runId + ")");
				return null;
			}
			String itemSha256 = file.get().sha256();
			if (itemSha256 == null) {
				problems.add(row.at() + "path '" + shorten(path) + "' could not be read in run " + runId
						+ " (no SHA-256): decide on it by its content once it can be read");
				return null;
			}
			if (!sha256.isEmpty() && !sha256.equals(itemSha256)) {
				problems.add(row.at() + "sha256 " + shorten(sha256) + " is not the content of path '" + shorten(path)
						+ "' in run " + runId);
				return null;
			}
			sha256 = itemSha256;
			itemId = file.get().itemId();
		}
		else if (!sha256.isEmpty()) {
			itemId = this.items.fileWithContent(caseName, runId, sha256).orElse(null);
			if (itemId == null) {
				problems.add(row.at() + "unknown sha256 " + shorten(sha256) + " (no run of case '" + caseName
						+ "' has this content)");
				return null;
			}
			path = this.items.pathOf(itemId);
		}
		else if (kind != DecisionKind.NOTE) {
			problems.add(row.at() + kind.code() + " needs a sha256 or a path");
			return null;
		}
		if (problems.size() > before) {
			return null;
		}
		String member = row.get(ReviewQueueFile.MEMBER);
		if (itemId != null && !member.isEmpty() && !this.items.hasMember(itemId, member)) {
			problems.add(row.at() + "unknown member '" + shorten(member) + "' of '" + shorten(path) + "'");
			return null;
		}
		String fingerprint = (itemId != null) ? EvidenceFingerprint.of(this.findings.evidence(itemId, member, clientId))
				: null;
		return new ReviewDecision(0, caseName, sha256.isEmpty() ? null : sha256, member, clientId, kind,
				reason.isEmpty() ? null : reason, note.isEmpty() ? null : note, path.isEmpty() ? null : path,
				(itemId != null) ? runId : null, who, now, fingerprint, null);
	}

	private CaseContext caseContext(String caseName) {
		Optional<Long> latest = this.runs.latest(caseName);
		if (latest.isEmpty()) {
			return new CaseContext(null, null, "unknown case '" + shorten(caseName) + "' (no scan run has it)");
		}
		try {
			return new CaseContext(latest.get(), this.runs.registry(latest.get()), null);
		}
		catch (RegistryException ex) {
			return new CaseContext(latest.get(), null, "the registry of run " + latest.get() + " of case '" + caseName
					+ "' cannot be read: " + ex.getMessage());
		}
	}

	private static Map<String, Integer> columns(String[] header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.length; i++) {
			String name = header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
			columns.putIfAbsent(name, i);
		}
		return columns;
	}

	private static String shorten(String text) {
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

	/**
	 * A cell as written, less the apostrophe a formula-safe writer put before a leading
	 * {@code = + - @}, tab or carriage return.
	 */
	static String cell(String value) {
		if (value.length() > 1 && value.charAt(0) == '\'' && FORMULA_START.indexOf(value.charAt(1)) >= 0) {
			return value.substring(1);
		}
		return value;
	}

	private record CaseContext(Long latestRun, ClientRegistry registry, String problem) {
	}

	private record Row(long line, String[] cells, Map<String, Integer> columns) {

		/**
		 * A cell, stripped of surrounding blanks except for the path, which is taken as
		 * written.
		 */
		String get(String column) {
			Integer index = this.columns.get(column);
			if (index == null || index >= this.cells.length || this.cells[index] == null) {
				return "";
			}
			String value = column.equals(ReviewQueueFile.PATH) ? this.cells[index] : this.cells[index].strip();
			return cell(value);
		}

		String at() {
			return "line " + this.line + ": ";
		}

	}

}
