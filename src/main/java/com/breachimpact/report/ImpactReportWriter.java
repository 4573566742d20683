package com.breachimpact.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import com.breachimpact.analysis.JdbcAmbiguousCandidateRepository;
import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.analysis.JdbcUnknownIdentifierRepository;
import com.breachimpact.classification.PathMasking;
import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.classification.SeverityPolicy;
import com.breachimpact.csv.CsvFile;
import com.breachimpact.incremental.RunDelta;
import com.breachimpact.indicators.ClientIndicatorFiles;
import com.breachimpact.indicators.IndicatorsProperties;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.JdbcScanRunRepository;
import com.breachimpact.inventory.LeafPaths;
import com.breachimpact.inventory.Reconciliation;
import com.breachimpact.persons.ClientObligations;
import com.breachimpact.persons.JdbcPersonRecordRepository;
import com.breachimpact.persons.ObligationCalculator;
import com.breachimpact.protection.OutputFiles;
import com.breachimpact.protection.OwnerOnlyFiles;
import com.breachimpact.review.JdbcReviewDecisionRepository;
import com.breachimpact.review.ReviewSummaries;
import com.breachimpact.review.ReviewSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the CSV reports of a run from the database, streaming rows:
 * <ul>
 * <li>{@code summary.csv}: one row per affected client, most severe first: severity and
 * the rule that decided it, files, people, counts per category of sensitive data;</li>
 * <li>{@code clients/<client_id>/files.csv}: the client's files, the evidence for each
 * and the sensitive data in it, that client's data only;</li>
 * <li>{@code clients/<client_id>/review.csv}: the investigators' review of the client's
 * attributions (counts, and the rejected files with the reason);</li>
 * <li>{@code clients/<client_id>/categories.csv}: the client's sensitive data per
 * category: occurrences, distinct values, files;</li>
 * <li>{@code clients/<client_id>/persons_by_state.csv} and {@code obligations.csv}: the
 * client's individuals per state or country of residence and legal combination, and each
 * notification obligation with its threshold, the client's count and the deadline (counts
 * only, see {@link ObligationCalculator});</li>
 * <li>{@code clients/<client_id>/report.html} and {@code report.pdf}: the client's report
 * for account managers and for sending, from the same {@link ClientReport} model as the
 * client's CSV files, written only when the report's data changed since the run that
 * wrote them ({@link ClientReportDocuments#writeIfChanged});</li>
 * <li>the client's CSV files above are likewise kept as they are when what they show did
 * not change since the run that wrote them ({@link ReportKeys#files}, kept in
 * {@value #FILES_FINGERPRINT});</li>
 * <li>{@code clients/<client_id>/indicators.stix.json}, {@code hashes.csv} and
 * {@code credentials_to_rotate.csv}: what the client's security team needs
 * ({@link ClientIndicatorFiles});</li>
 * <li>{@code summary.html}: the case summary for the incident lead;</li>
 * <li>{@code notification_list.csv}: the clients to notify, for a mail merge;</li>
 * <li>{@code unmatched.csv}: files attributed to no client, and every (leaf, client) pair
 * with evidence under the threshold, with its candidates;</li>
 * <li>{@code ledger.csv}: every item with its status and reason;</li>
 * <li>{@code unknown_identifiers.csv}: valid identifiers of institutions that are not in
 * the registry, masked, with the number of files they occur in;</li>
 * <li>{@code report_failures.csv}: the clients whose reports could not be written in
 * full, with the error's class (one client's failure never stops the others');</li>
 * <li>{@code reconciliation.txt}: the run's accounting line.</li>
 * </ul>
 * Every file of a client's folder holds that client's data only, and is readable by its
 * owner only. Files are written without following links ({@link OutputFiles}), and the
 * folder keeps an {@link OutputManifest} of them: files of an earlier run that this run
 * did not write again are removed, nothing else ever is.
 */
public class ImpactReportWriter {

	private static final Logger logger = LoggerFactory.getLogger(ImpactReportWriter.class);

	static final String FILES_CSV = "files.csv";

	static final String CATEGORIES_CSV = "categories.csv";

	static final String SUMMARY_HTML = "summary.html";

	static final String REVIEW_CSV = "review.csv";

	static final String PERSONS_BY_STATE_CSV = "persons_by_state.csv";

	static final String OBLIGATIONS_CSV = "obligations.csv";

	static final String REPORT_FAILURES_CSV = "report_failures.csv";

	/**
	 * The {@linkplain ReportKeys#files key} of the client's CSV files, beside them, to
	 * find reruns that change nothing.
	 */
	static final String FILES_FINGERPRINT = ".files-fingerprint";

	/**
	 * The client's CSV files that its {@link #FILES_FINGERPRINT} covers, in writing
	 * order.
	 */
	private static final List<String> KEYED_FILES = List.of(FILES_CSV, CATEGORIES_CSV, PERSONS_BY_STATE_CSV,
			OBLIGATIONS_CSV, REVIEW_CSV);

	private static final String FILES_FINGERPRINT_PREFIX = "sha256 ";

	private final JdbcInventoryItemRepository items;

	private final JdbcScanRunRepository runs;

	private final JdbcItemAttributionRepository attributions;

	private final JdbcUnknownIdentifierRepository unknownIdentifiers;

	private final JdbcImpactQueries impactQueries;

	private final ReviewSummaries reviewSummaries;

	private final CaseSummaries caseSummaries;

	private final AmbiguousCandidatesReport ambiguousCandidatesReport;

	private final ClientImpacts impacts;

	private final ClientReports clientReports;

	private final ReportTemplates templates = new ReportTemplates();

	private final ClientReportDocuments documents;

	private final ClientIndicatorFiles indicatorFiles;

	private final boolean notifyReviewedOnly;

	private final Long sinceRunId;

	private final ObligationCalculator obligations;

	private final JdbcPersonRecordRepository personRecords;

	private final int documentThreads;

	public ImpactReportWriter(JdbcTemplate jdbc, ClientRegistry registry, SeverityPolicy severityPolicy) {
		this(jdbc, registry, severityPolicy, false, null);
	}

	/**
	 * A writer of a run's reports.
	 * @param jdbc the database
	 * @param registry the run's client registry
	 * @param severityPolicy the rules deciding each client's severity
	 * @param notifyReviewedOnly whether the notification list holds only clients whose
	 * attributions an investigator has all reviewed
	 * @param sinceRunId a run of the case to mark what is new since (besides the previous
	 * run), or {@code null}
	 * @param obligations computes each client's notification obligations, or {@code null}
	 * for the shipped rules and jurisdictions with no incident timeline
	 */
	public ImpactReportWriter(JdbcTemplate jdbc, ClientRegistry registry, SeverityPolicy severityPolicy,
			boolean notifyReviewedOnly, Long sinceRunId) {
		this(jdbc, registry, severityPolicy, notifyReviewedOnly, sinceRunId, IndicatorsProperties.defaults());
	}

	/**
	 * A writer of a run's reports and of the indicators for the clients' security teams.
	 * @param jdbc the database
	 * @param registry the run's client registry
	 * @param severityPolicy the rules deciding each client's severity
	 * @param notifyReviewedOnly whether the notification list holds only clients whose
	 * attributions an investigator has all reviewed
	 * @param sinceRunId a run of the case to mark what is new since (besides the previous
	 * run), or {@code null}
	 * @param indicators the vendor and TLP level of the clients' STIX bundles
	 */
	public ImpactReportWriter(JdbcTemplate jdbc, ClientRegistry registry, SeverityPolicy severityPolicy,
			boolean notifyReviewedOnly, Long sinceRunId, IndicatorsProperties indicators) {
		this(jdbc, registry, severityPolicy, notifyReviewedOnly, sinceRunId, indicators, null);
	}

	/**
	 * A writer of a run's reports, the indicators and the notification obligations.
	 * @param jdbc the database
	 * @param registry the run's client registry
	 * @param severityPolicy the rules deciding each client's severity
	 * @param notifyReviewedOnly whether the notification list holds only clients whose
	 * attributions an investigator has all reviewed
	 * @param sinceRunId a run of the case to mark what is new since (besides the previous
	 * run), or {@code null}
	 * @param indicators the vendor and TLP level of the clients' STIX bundles
	 * @param obligations computes each client's notification obligations, or {@code null}
	 * for the shipped rules and jurisdictions with no incident timeline
	 */
	public ImpactReportWriter(JdbcTemplate jdbc, ClientRegistry registry, SeverityPolicy severityPolicy,
			boolean notifyReviewedOnly, Long sinceRunId, IndicatorsProperties indicators,
			ObligationCalculator obligations) {
		this(jdbc, registry, severityPolicy, notifyReviewedOnly, sinceRunId, indicators, obligations, 1);
	}

	/**
	 * A writer of a run's reports, the indicators and the notification obligations,
	 * rendering the clients' HTML and PDF documents on several threads.
	 * @param jdbc the database
	 * @param registry the run's client registry
	 * @param severityPolicy the rules deciding each client's severity
	 * @param notifyReviewedOnly whether the notification list holds only clients whose
	 * attributions an investigator has all reviewed
	 * @param sinceRunId a run of the case to mark what is new since (besides the previous
	 * run), or {@code null}
	 * @param indicators the vendor and TLP level of the clients' STIX bundles
	 * @param obligations computes each client's notification obligations, or {@code null}
	 * for the shipped rules and jurisdictions with no incident timeline
	 * @param documentThreads the most threads writing clients' indicator files and
	 * documents at once (1: the calling thread only); every other file is written by the
	 * calling thread, and the files are recorded in the same order whatever the threads
	 */
	public ImpactReportWriter(JdbcTemplate jdbc, ClientRegistry registry, SeverityPolicy severityPolicy,
			boolean notifyReviewedOnly, Long sinceRunId, IndicatorsProperties indicators,
			ObligationCalculator obligations, int documentThreads) {
		this(jdbc, registry, severityPolicy, notifyReviewedOnly, sinceRunId, indicators, obligations, documentThreads,
				ReportProperties.defaults());
	}

	/**
	 * A writer of a run's reports, the indicators and the notification obligations,
	 * rendering the clients' HTML and PDF documents on several threads, with the settings
	 * of the reports.
	 * @param jdbc the database
	 * @param registry the run's client registry
	 * @param severityPolicy the rules deciding each client's severity
	 * @param notifyReviewedOnly whether the notification list holds only clients whose
	 * attributions an investigator has all reviewed
	 * @param sinceRunId a run of the case to mark what is new since (besides the previous
	 * run), or {@code null}
	 * @param indicators the vendor and TLP level of the clients' STIX bundles
	 * @param obligations computes each client's notification obligations, or {@code null}
	 * for the shipped rules and jurisdictions with no incident timeline
	 * @param documentThreads the most threads rendering clients' documents at once
	 * @param report the settings of the reports (the files a PDF lists)
	 */
	public ImpactReportWriter(JdbcTemplate jdbc, ClientRegistry registry, SeverityPolicy severityPolicy,
			boolean notifyReviewedOnly, Long sinceRunId, IndicatorsProperties indicators,
			ObligationCalculator obligations, int documentThreads, ReportProperties report) {
		this(jdbc, registry, severityPolicy, notifyReviewedOnly, sinceRunId, indicators, obligations, documentThreads,
				report, null);
	}

	ImpactReportWriter(JdbcTemplate jdbc, ClientRegistry registry, SeverityPolicy severityPolicy,
			boolean notifyReviewedOnly, Long sinceRunId, IndicatorsProperties indicators,
			ObligationCalculator obligations, int documentThreads, ReportProperties report,
			ClientReportDocuments documents) {
		if (documentThreads < 1) {
			throw new IllegalArgumentException("documentThreads must be 1 or more, not " + documentThreads);
		}
		this.documentThreads = documentThreads;
		// one template engine for the run's pages and the clients' documents
		this.documents = (documents != null) ? documents
				: new ClientReportDocuments(this.templates, report.pdfFileLimit());
		this.items = new JdbcInventoryItemRepository(jdbc);
		this.runs = new JdbcScanRunRepository(jdbc);
		this.attributions = new JdbcItemAttributionRepository(jdbc);
		this.unknownIdentifiers = new JdbcUnknownIdentifierRepository(jdbc);
		this.impactQueries = new JdbcImpactQueries(jdbc);
		this.reviewSummaries = new ReviewSummaries(this.attributions, new JdbcReviewDecisionRepository(jdbc),
				this.runs);
		this.caseSummaries = new CaseSummaries(this.attributions, this.impactQueries, this.unknownIdentifiers,
				this.items);
		this.ambiguousCandidatesReport = new AmbiguousCandidatesReport(new JdbcAmbiguousCandidateRepository(jdbc));
		this.obligations = (obligations != null) ? obligations : ObligationCalculator.shipped();
		this.personRecords = new JdbcPersonRecordRepository(jdbc);
		this.indicatorFiles = new ClientIndicatorFiles(jdbc, indicators);
		this.impacts = new ClientImpacts(jdbc, this.attributions, this.impactQueries, registry, severityPolicy);
		this.clientReports = new ClientReports(jdbc, this.impactQueries, registry);
		this.notifyReviewedOnly = notifyReviewedOnly;
		this.sinceRunId = sinceRunId;
	}

	/**
	 * Write every report of a run.
	 * @param runId the run
	 * @param out the reports folder
	 * @return the clients with at least one attributed file
	 */
	public List<String> write(long runId, Path out) {
		try {
			OwnerOnlyFiles.createPrivateDirectories(out);
			OutputManifest manifest = OutputManifest.claim(out, caseName(runId));
			try (OutputFiles.Recording recording = OutputFiles.record(out)) {
				List<String> affected = writeAll(runId, out, (file) -> manifest.lists(out, file), recording);
				manifest.replace(out, recording.written());
				return affected;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the reports to " + out, ex);
		}
	}

	private String caseName(long runId) {
		return this.runs.caseOf(runId).orElse(null);
	}

	private List<String> writeAll(long runId, Path out, Predicate<Path> writtenBefore, OutputFiles.Recording recording)
			throws IOException {
		Reconciliation reconciliation = Reconciliation.of(this.items, runId);
		RunInfo run = RunInfo.of(this.runs, runId, reconciliation.line());
		RunDelta previous = RunDelta.sincePrevious(this.attributions, this.runs, runId);
		RunDelta since = (this.sinceRunId != null) ? RunDelta.since(this.attributions, runId, this.sinceRunId) : null;
		// the persons of a client, resolved once from its person records, are both its
		// number of individuals and its notification obligations
		Map<String, ClientObligations> obligations = new HashMap<>();
		List<ClientImpact> affected = newlyAffectedFirst(
				this.impacts
					.of(runId,
							(clientId) -> obligations.computeIfAbsent(clientId,
									(id) -> this.obligations.of(this.personRecords.ofClient(runId, id)))
								.persons()),
				previous);
		writeSummary(out.resolve("summary.csv"), affected, previous, since, obligations);
		int kept = 0;
		try (NotificationList notifications = NotificationList.create(out.resolve(NotificationList.FILE));
				CsvFile failures = CsvFile.create(out.resolve(REPORT_FAILURES_CSV), "client_id", "error");
				ClientDocumentThreads threads = ClientDocumentThreads.forClients(this.documentThreads,
						affected.size())) {
			// each client's documents are rendered on the threads while the next clients'
			// files are written; the clients are finished one by one in order, so that
			// everything ordered (rows, the record of the files written) stays as it was
			Deque<ClientInProgress> inProgress = new ArrayDeque<>();
			for (ClientImpact client : affected) {
				inProgress.add(start(client, runId, out, run, previous, since, obligations.get(client.clientId()),
						writtenBefore, recording, threads));
				if (inProgress.size() > 2 * threads.threads() - 1) {
					kept += finish(inProgress.remove(), runId, out, notifications, failures, recording) ? 1 : 0;
				}
			}
			while (!inProgress.isEmpty()) {
				kept += finish(inProgress.remove(), runId, out, notifications, failures, recording) ? 1 : 0;
			}
		}
		writeUnmatched(runId, out.resolve("unmatched.csv"));
		writeLedger(runId, out.resolve("ledger.csv"));
		writeUnknownIdentifiers(runId, out.resolve("unknown_identifiers.csv"));
		writeSummaryPage(run, affected, obligations, out.resolve(SUMMARY_HTML));
		this.ambiguousCandidatesReport.write(runId, out);
		OutputFiles.writeString(out.resolve("reconciliation.txt"),
				"run " + runId + ": " + reconciliation.line() + System.lineSeparator());
		logger.info("Run {}: reports for {} affected clients written to {} ({} clients' HTML/PDF kept: data unchanged)",
				runId, affected.size(), out, kept);
		return affected.stream().map(ClientImpact::clientId).toList();
	}

	/**
	 * Start a client's reports: write (or keep) its CSV files in this thread, then hand
	 * its indicator files and documents to the threads. What it writes is recorded in a
	 * part of the run's recording, included when the client is {@linkplain #finish
	 * finished}.
	 */
	private ClientInProgress start(ClientImpact client, long runId, Path out, RunInfo run, RunDelta previous,
			RunDelta since, ClientObligations clientObligations, Predicate<Path> writtenBefore,
			OutputFiles.Recording recording, ClientDocumentThreads threads) {
		Path folder = ClientFolders.folder(out, client.clientId());
		ClientReport report = this.clientReports.of(client, run, previous).withObligations(clientObligations);
		ReviewSummary review = this.reviewSummaries.of(runId, client.clientId());
		OutputFiles.Recording files = recording.part();
		AtomicReference<ClientIndicatorFiles.IndicatorCounts> indicators = new AtomicReference<>();
		String filesKey = ReportKeys.files(report, review, previous, since);
		boolean keepFiles;
		try (OutputFiles.Recording writing = OutputFiles.recordInto(files)) {
			keepFiles = unchangedFiles(folder, filesKey, writtenBefore);
			if (keepFiles) {
				for (String file : KEYED_FILES.subList(0, KEYED_FILES.size() - 1)) {
					OutputFiles.keep(folder.resolve(file));
				}
			}
			else {
				// no key stays beside files being replaced (see writeIfChanged)
				ClientReportDocuments.discard(folder.resolve(FILES_FINGERPRINT));
				writeClientFiles(report, folder.resolve(FILES_CSV), previous, since);
				writeClientCategories(client, folder.resolve(CATEGORIES_CSV));
				ObligationFiles.writePersonsByState(clientObligations, folder.resolve(PERSONS_BY_STATE_CSV));
				ObligationFiles.writeObligations(clientObligations, folder.resolve(OBLIGATIONS_CSV));
			}
		}
		catch (IOException ex) {
			return new ClientInProgress(client, folder, report, review, indicators, files, null, null, false,
					new UncheckedIOException(ex));
		}
		catch (RuntimeException ex) {
			return new ClientInProgress(client, folder, report, review, indicators, files, null, null, false, ex);
		}
		// the indicator files (written every run: the bundles name the run) and the
		// documents, which show the indicators' counts, on the threads
		Future<Boolean> documents = threads.submit(() -> {
			try (OutputFiles.Recording writing = OutputFiles.recordInto(files)) {
				indicators.set(this.indicatorFiles.write(runId, client.clientId(), client.name(), folder));
				return this.documents.writeIfChanged(report, review, indicators.get(), folder, writtenBefore);
			}
		});
		return new ClientInProgress(client, folder, report, review, indicators, files, documents, filesKey, keepFiles,
				null);
	}

	/**
	 * Whether a client's CSV files are those an earlier run wrote for the same key: all
	 * of them recorded by the previous run as its output, regular files, and the key
	 * recorded beside them the same.
	 */
	private static boolean unchangedFiles(Path folder, String filesKey, Predicate<Path> writtenBefore)
			throws IOException {
		Path recorded = folder.resolve(FILES_FINGERPRINT);
		if (!writtenBefore.test(recorded)) {
			return false;
		}
		for (String file : KEYED_FILES) {
			Path path = folder.resolve(file);
			if (!writtenBefore.test(path) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
				return false;
			}
		}
		String key = ClientReportDocuments.readFingerprint(recorded, FILES_FINGERPRINT_PREFIX);
		return filesKey.equals(key);
	}

	/**
	 * Finish a client's reports in this thread: wait for its documents, write its review,
	 * record its files, and its row of the notification list or of the failures.
	 * @return whether its documents were kept (their data unchanged)
	 */
	private boolean finish(ClientInProgress client, long runId, Path out, NotificationList notifications,
			CsvFile failures, OutputFiles.Recording recording) throws IOException {
		Exception failure = client.failure();
		boolean kept = false;
		if (failure == null) {
			try {
				kept = !client.documents().get();
				try (OutputFiles.Recording writing = OutputFiles.recordInto(client.files())) {
					Path folder = client.folder();
					if (client.keepFiles()) {
						OutputFiles.keep(folder.resolve(REVIEW_CSV));
						OutputFiles.keep(folder.resolve(FILES_FINGERPRINT));
					}
					else {
						writeClientReview(client.review(), folder.resolve(REVIEW_CSV));
						OutputFiles.writeString(folder.resolve(FILES_FINGERPRINT),
								FILES_FINGERPRINT_PREFIX + client.filesKey() + "\n");
					}
				}
			}
			catch (ExecutionException ex) {
				failure = documentsFailure(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("Interrupted while writing the reports of run " + runId);
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
		}
		recording.include(client.files());
		String clientId = client.impact().clientId();
		if (failure != null) {
			// one client's reports never cost the others theirs
			logger.error("Run {}: the reports of client {} could not be written ({}): recorded in {}", runId, clientId,
					failure.getClass().getName(), REPORT_FAILURES_CSV);
			failures.row(clientId, failure.getClass().getName()
					+ ": the client's reports could not be written in full; the other clients' are unaffected");
		}
		if (!this.notifyReviewedOnly || client.review().reviewed()) {
			notifications.add(client.report(), out.relativize(client.folder()).toString(), client.indicators().get());
		}
		return kept;
	}

	/**
	 * The failure of a client's documents, as the writer's own would have been (an error
	 * is no client's failure: it goes on up).
	 */
	private static Exception documentsFailure(ExecutionException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof Error error) {
			throw error;
		}
		return (cause instanceof Exception exception) ? exception : ex;
	}

	/**
	 * A client whose CSV files are written (or failed: {@code failure}) and whose
	 * indicator files and documents are being written ({@code documents}, {@code null}
	 * after a failure; {@code indicators} set once its indicator files are written), with
	 * the key of its CSV files and whether they were kept as an earlier run wrote them.
	 */
	private record ClientInProgress(ClientImpact impact, Path folder, ClientReport report, ReviewSummary review,
			AtomicReference<ClientIndicatorFiles.IndicatorCounts> indicators, OutputFiles.Recording files,
			Future<Boolean> documents, String filesKey, boolean keepFiles, Exception failure) {
	}

	private void writeSummaryPage(RunInfo run, List<ClientImpact> affected, Map<String, ClientObligations> obligations,
			Path file) throws IOException {
		CaseSummary summary = this.caseSummaries.of(run, affected);
		Map<String, List<String>> categoryLabels = new HashMap<>();
		for (ClientImpact client : affected) {
			categoryLabels.put(client.clientId(),
					client.categories()
						.stream()
						.limit(4)
						.map((stats) -> EvidenceLabels.label(stats.category()))
						.toList());
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("summary", summary);
		variables.put("categoryLabels", categoryLabels);
		variables.put("obligations", obligations);
		variables.put("generated", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		OutputFiles.writeString(file, this.templates.render("report/summary", variables));
	}

	/**
	 * Clients that are affected for the first time come first; the order is kept
	 * otherwise.
	 */
	private static List<ClientImpact> newlyAffectedFirst(List<ClientImpact> affected, RunDelta previous) {
		List<ClientImpact> ordered = new ArrayList<>(affected);
		ordered.sort(Comparator.comparing((ClientImpact client) -> !previous.newlyAffected(client.clientId())));
		return ordered;
	}

	private void writeSummary(Path file, List<ClientImpact> affected, RunDelta previous, RunDelta since,
			Map<String, ClientObligations> obligations) {
		List<String> header = new ArrayList<>(List.of("client_id", "name", "severity", "severity_rule",
				"affected_files", "evidence_kinds", "estimated_individuals", "possibly_incomplete_files",
				"newly_affected", "new_files_since_previous_run"));
		if (since != null) {
			header.add("new_files_since_run_" + since.baselineRunId());
		}
		for (SensitiveCategory category : SensitiveCategory.values()) {
			header.add(category.name().toLowerCase(Locale.ROOT) + "_occurrences");
			header.add(category.name().toLowerCase(Locale.ROOT) + "_distinct");
		}
		header.add("notifiable_persons");
		header.add("earliest_deadline");
		try (CsvFile csv = CsvFile.create(file, header.toArray(String[]::new))) {
			for (ClientImpact client : affected) {
				List<Object> row = new ArrayList<>(List.of(client.clientId(), client.name(),
						client.severity().severity().name().toLowerCase(Locale.ROOT), client.severity().rule().name(),
						client.files(), String.join("|", client.evidenceKinds()), client.persons(),
						client.incompleteFiles(), previous.computed() ? previous.newlyAffected(client.clientId()) : "",
						previous.computed() ? previous.newFiles(client.clientId()) : ""));
				if (since != null) {
					row.add(since.newFiles(client.clientId()));
				}
				for (SensitiveCategory category : SensitiveCategory.values()) {
					CategoryStats stats = client.category(category);
					row.add((stats != null) ? stats.occurrences() : 0);
					row.add((stats != null) ? stats.distinctValues() : 0);
				}
				ClientObligations clientObligations = obligations.get(client.clientId());
				row.add(clientObligations.notifiable());
				row.add(clientObligations.earliestDeadline());
				csv.row(row.toArray());
			}
		}
	}

	private void writeClientCategories(ClientImpact client, Path file) {
		try (CsvFile csv = CsvFile.create(file, "category", "occurrences", "distinct_values", "files",
				"possibly_incomplete")) {
			for (CategoryStats stats : client.categories()) {
				csv.row(stats.category().name(), stats.occurrences(), stats.distinctValues(), stats.files(),
						stats.possiblyIncomplete());
			}
		}
	}

	private void writeClientFiles(ClientReport report, Path file, RunDelta previous, RunDelta since) {
		List<String> header = new ArrayList<>(
				List.of("path", "row", "sha256", "size", "media_type", "status", "evidence_kinds", "attributed_by",
						"score", "masked_evidence", "sensitive_data", "possibly_incomplete", "new_since_previous_run"));
		if (since != null) {
			header.add("new_since_run_" + since.baselineRunId());
		}
		String clientId = report.impact().clientId();
		try (CsvFile csv = CsvFile.create(file, header.toArray(String[]::new))) {
			for (AffectedFile affected : report.files()) {
				List<Object> row = new ArrayList<>(List.of(affected.displayPath(), affected.role(),
						nullToEmpty(affected.sha256()), affected.size(), nullToEmpty(affected.mediaType()),
						affected.status(), String.join("|", affected.evidenceKinds()),
						affected.nameOnly() ? "name only" : "identifier",
						String.format(Locale.ROOT, "%.2f", affected.score()), String.join("; ", affected.evidence()),
						String.join("; ", affected.sensitiveData()), affected.possiblyIncomplete(),
						previous.computed() ? previous.isNew(clientId, affected.path()) : ""));
				if (since != null) {
					row.add(since.isNew(clientId, affected.path()));
				}
				csv.row(row.toArray());
			}
		}
	}

	private static Object nullToEmpty(Object value) {
		return (value != null) ? value : "";
	}

	/**
	 * Files attributed to no client, and every (leaf, client) pair with evidence under
	 * the threshold (also of files attributed to other clients): {@code candidates} lists
	 * the clients with their evidence kinds ({@code C1:NAME|ALIAS; C2:ABA_ROUTING}), so
	 * an investigator can add a pair with one {@code added} decision.
	 */
	private void writeUnmatched(long runId, Path file) {
		Map<String, List<String>> candidates = new LinkedHashMap<>();
		this.impactQueries.unattributedCandidates(runId,
				(row) -> candidates
					.computeIfAbsent(LeafPaths.of(row.getString("rel_path"), row.getString("location")),
							(path) -> new ArrayList<>())
					.add(row.getString("client_id") + ":" + row.getString("evidence_kinds").replace(',', '|')));
		Map<String, Object[]> rows = new TreeMap<>();
		this.impactQueries.unattributedFiles(runId,
				(row) -> rows.put(row.getString("rel_path"),
						new Object[] { row.getString("rel_path"), row.getString("sha256"), row.getLong("size_bytes"),
								row.getString("media_type"), row.getString("status"), row.getString("reason") }));
		candidates.keySet()
			.forEach((path) -> rows.putIfAbsent(path, new Object[] { path, null, null, null, "candidate", null }));
		try (CsvFile csv = CsvFile.create(file, "path", "sha256", "size", "media_type", "status", "reason",
				"candidates")) {
			for (Map.Entry<String, Object[]> row : rows.entrySet()) {
				Object[] values = row.getValue();
				csv.row(PathMasking.mask((String) values[0]), values[1], values[2], values[3], values[4], values[5],
						String.join("; ", candidates.getOrDefault(row.getKey(), List.of())));
			}
		}
	}

	private void writeLedger(long runId, Path file) {
		try (CsvFile csv = CsvFile.create(file, "path", "entry_type", "size", "modified_at", "sha256", "media_type",
				"status", "reason", "detail", "text_chars", "parts", "quality_flags", "reuse")) {
			this.items.ledger(runId,
					(row) -> csv.row(PathMasking.mask(row.getString("rel_path")), row.getString("entry_type"),
							row.getObject("size_bytes"),
							(row.getTimestamp("modified_at") != null) ? row.getTimestamp("modified_at").toInstant()
									: null,
							row.getString("sha256"), row.getString("media_type"), row.getString("status"),
							row.getString("reason"), row.getString("detail"), row.getObject("text_chars"),
							row.getObject("parts"), row.getString("quality_flags"), row.getString("reuse")));
		}
	}

	private void writeUnknownIdentifiers(long runId, Path file) {
		try (CsvFile csv = CsvFile.create(file, "kind", "masked_value", "file_count")) {
			this.unknownIdentifiers.countFilesByValue(runId,
					(row) -> csv.row(row.getString("kind"), row.getString("masked_value"), row.getLong("files")));
		}
	}

	/**
	 * The client's review: how many attributions are confirmed, unreviewed, stale, added,
	 * and the appendix of rejected ones with the reason (they are left out of every count
	 * and list above).
	 */
	private void writeClientReview(ReviewSummary review, Path file) {
		try (CsvFile csv = CsvFile.create(file, "review_status", "path", "sha256", "evidence_kinds", "reason",
				"decided_by", "decided_at")) {
			csv.row("confirmed", review.confirmed(), null, null, null, null, null);
			csv.row("unreviewed", review.unreviewed(), null, null, null, null, null);
			csv.row("stale", review.stale(), null, null, null, null, null);
			csv.row("added", review.added(), null, null, null, null, null);
			csv.row("rejected", review.rejected(), null, null, null, null, null);
			for (ReviewSummary.RejectedFile rejected : review.rejectedFiles()) {
				csv.row("rejected", rejected.path(), rejected.sha256(), rejected.evidenceKinds(), rejected.reason(),
						rejected.decidedBy(), rejected.decidedAt());
			}
		}
	}

}
