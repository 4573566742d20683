package com.breachimpact.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;

import com.breachimpact.classification.SensitiveCategory;
import com.breachimpact.classification.SeverityPolicy;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.scan.Reconciliation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Writes the CSV reports of a run from the database, streaming rows:
 * <ul>
 * <li>{@code summary.csv}: one row per affected client, most severe first:
 * severity and the rule that decided it, files, people, counts per category of
 * sensitive data;</li>
 * <li>{@code clients/<client_id>/files.csv}: the client's files, the evidence
 * for each and the sensitive data in it, that client's data only;</li>
 * <li>{@code clients/<client_id>/categories.csv}: the client's sensitive data
 * per category: occurrences, distinct values, files;</li>
 * <li>{@code unmatched.csv}: files attributed to no client;</li>
 * <li>{@code ledger.csv}: every item with its status and reason;</li>
 * <li>{@code unknown_identifiers.csv}: valid identifiers of institutions that
 * are not in the registry, masked, with the number of files they occur in;</li>
 * <li>{@code reconciliation.txt}: the run's accounting line.</li>
 * </ul>
 */
public class ImpactReportWriter {

	private static final Logger logger = LoggerFactory.getLogger(ImpactReportWriter.class);

	static final String FILES_CSV = "files.csv";

	static final String CATEGORIES_CSV = "categories.csv";

	private final JdbcTemplate jdbc;

	private final ClientImpacts impacts;

	public ImpactReportWriter(JdbcTemplate jdbc, ClientRegistry registry, SeverityPolicy severityPolicy) {
		this.jdbc = jdbc;
		this.impacts = new ClientImpacts(jdbc, registry, severityPolicy);
	}

	/**
	 * Write every report of a run.
	 * @param runId the run
	 * @param out the reports folder
	 * @return the clients with at least one attributed file
	 */
	public List<String> write(long runId, Path out) {
		try {
			ReportFiles.createPrivateDirectories(out);
			List<ClientImpact> affected = this.impacts.of(runId);
			writeSummary(out.resolve("summary.csv"), affected);
			Set<String> written = new HashSet<>();
			for (ClientImpact client : affected) {
				Path folder = ClientFolders.folder(out, client.clientId());
				writeClientFiles(runId, client.clientId(), folder.resolve(FILES_CSV));
				writeClientCategories(client, folder.resolve(CATEGORIES_CSV));
				written.add(folder.getFileName().toString());
			}
			removeStaleClientReports(out, written);
			writeUnmatched(runId, out.resolve("unmatched.csv"));
			writeLedger(runId, out.resolve("ledger.csv"));
			writeUnknownIdentifiers(runId, out.resolve("unknown_identifiers.csv"));
			new AmbiguousCandidatesReport(this.jdbc).write(runId, out);
			Reconciliation reconciliation = Reconciliation.of(this.jdbc, runId);
			Path line = out.resolve("reconciliation.txt");
			ReportFiles.createPrivateFile(line);
			Files.writeString(line, "run " + runId + ": " + reconciliation.line() + System.lineSeparator());
			logger.info("Run {}: reports for {} affected clients written to {}", runId, affected.size(), out);
			return affected.stream().map(ClientImpact::clientId).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the reports to " + out, ex);
		}
	}

	private void writeSummary(Path file, List<ClientImpact> affected) {
		List<String> header = new ArrayList<>(List.of("client_id", "name", "severity", "severity_rule",
				"affected_files", "evidence_kinds", "estimated_individuals", "possibly_incomplete_files"));
		for (SensitiveCategory category : SensitiveCategory.values()) {
			header.add(category.name().toLowerCase(Locale.ROOT) + "_occurrences");
			header.add(category.name().toLowerCase(Locale.ROOT) + "_distinct");
		}
		try (CsvReportFile csv = CsvReportFile.create(file, header.toArray(String[]::new))) {
			for (ClientImpact client : affected) {
				List<Object> row = new ArrayList<>(List.of(client.clientId(), client.name(),
						client.severity().severity().name().toLowerCase(Locale.ROOT), client.severity().rule().name(),
						client.files(), String.join("|", client.evidenceKinds()), client.estimatedIndividuals(),
						client.incompleteFiles()));
				for (SensitiveCategory category : SensitiveCategory.values()) {
					CategoryStats stats = client.category(category);
					row.add((stats != null) ? stats.occurrences() : 0);
					row.add((stats != null) ? stats.distinctValues() : 0);
				}
				csv.row(row.toArray());
			}
		}
	}

	private void writeClientCategories(ClientImpact client, Path file) {
		try (CsvReportFile csv = CsvReportFile.create(file, "category", "occurrences", "distinct_values", "files",
				"possibly_incomplete")) {
			for (CategoryStats stats : client.categories()) {
				csv.row(stats.category().name(), stats.occurrences(), stats.distinctValues(), stats.files(),
						stats.possiblyIncomplete());
			}
		}
	}

	private void writeClientFiles(long runId, String clientId, Path file) {
		Map<Long, List<String>> evidence = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT f.item_id, f.evidence_kind, f.masked_value, f.location, f.line_no, f.occurrences
				FROM client_finding f
				JOIN item_attribution a ON a.item_id = f.item_id AND a.client_id = f.client_id
				WHERE a.run_id = ? AND a.client_id = ?
				ORDER BY f.item_id, f.finding_id""", (row) -> {
			String where = row.getString("location").isEmpty() ? "" : " in " + row.getString("location");
			String line = (row.getInt("line_no") > 0) ? " line " + row.getInt("line_no") : "";
			String times = (row.getInt("occurrences") > 1) ? " x" + row.getInt("occurrences") : "";
			evidence.computeIfAbsent(row.getLong("item_id"), (id) -> new ArrayList<>())
				.add(row.getString("evidence_kind") + " " + row.getString("masked_value") + where + line + times);
		}, runId, clientId);
		Map<Long, List<String>> sensitive = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT v.item_id, v.category, SUM(v.occurrences) AS occurrences, COUNT(*) AS distinct_values
				FROM sensitive_value v JOIN item_attribution a ON a.item_id = v.item_id
				WHERE a.run_id = ? AND a.client_id = ?
				GROUP BY v.item_id, v.category ORDER BY v.item_id, v.category""", (RowCallbackHandler) (row) -> {
			sensitive.computeIfAbsent(row.getLong("item_id"), (id) -> new ArrayList<>())
				.add(row.getString("category") + " x" + row.getLong("occurrences") + " ("
						+ row.getLong("distinct_values") + " distinct)");
		}, runId, clientId);
		try (CsvReportFile csv = CsvReportFile.create(file, "path", "sha256", "size", "media_type", "status",
				"evidence_kinds", "score", "masked_evidence", "sensitive_data", "possibly_incomplete")) {
			this.jdbc.query("""
					SELECT i.item_id, i.rel_path, i.sha256, i.size_bytes, i.media_type, i.status, i.reason,
					       i.sensitive_incomplete, a.evidence_kinds, a.score
					FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
					WHERE a.run_id = ? AND a.client_id = ?
					ORDER BY i.rel_path""", (row) -> {
				String status = row.getString("status")
						+ ((row.getString("reason") != null) ? ":" + row.getString("reason") : "");
				csv.row(row.getString("rel_path"), row.getString("sha256"), row.getLong("size_bytes"),
						row.getString("media_type"), status, row.getString("evidence_kinds").replace(',', '|'),
						String.format(java.util.Locale.ROOT, "%.2f", row.getDouble("score")),
						String.join("; ", evidence.getOrDefault(row.getLong("item_id"), List.of())),
						String.join("; ", sensitive.getOrDefault(row.getLong("item_id"), List.of())),
						row.getBoolean("sensitive_incomplete"));
			}, runId, clientId);
		}
	}

	private void writeUnmatched(long runId, Path file) {
		try (CsvReportFile csv = CsvReportFile.create(file, "path", "sha256", "size", "media_type", "status",
				"reason")) {
			this.jdbc.query("""
					SELECT i.rel_path, i.sha256, i.size_bytes, i.media_type, i.status, i.reason
					FROM inventory_item i
					WHERE i.run_id = ? AND NOT EXISTS (SELECT 1 FROM item_attribution a WHERE a.item_id = i.item_id)
					ORDER BY i.rel_path""", (RowCallbackHandler) (row) -> csv.row(row.getString("rel_path"), row.getString("sha256"),
					row.getLong("size_bytes"), row.getString("media_type"), row.getString("status"),
					row.getString("reason")), runId);
		}
	}

	private void writeLedger(long runId, Path file) {
		try (CsvReportFile csv = CsvReportFile.create(file, "path", "entry_type", "size", "modified_at", "sha256",
				"media_type", "status", "reason", "detail", "text_chars", "parts")) {
			this.jdbc.query("""
					SELECT rel_path, entry_type, size_bytes, modified_at, sha256, media_type, status, reason, detail,
					       text_chars, parts
					FROM inventory_item WHERE run_id = ? ORDER BY rel_path""",
					(RowCallbackHandler) (row) -> csv.row(row.getString("rel_path"), row.getString("entry_type"), row.getLong("size_bytes"),
							row.getTimestamp("modified_at").toInstant(), row.getString("sha256"),
							row.getString("media_type"), row.getString("status"), row.getString("reason"),
							row.getString("detail"), row.getObject("text_chars"), row.getObject("parts")),
					runId);
		}
	}

	private void writeUnknownIdentifiers(long runId, Path file) {
		try (CsvReportFile csv = CsvReportFile.create(file, "kind", "masked_value", "file_count")) {
			this.jdbc.query("""
					SELECT kind, MIN(masked_value) AS masked_value, COUNT(DISTINCT item_id) AS files
					FROM unknown_identifier WHERE run_id = ?
					GROUP BY kind, value_hash ORDER BY files DESC, kind, masked_value""",
					(RowCallbackHandler) (row) -> csv.row(row.getString("kind"), row.getString("masked_value"), row.getLong("files")),
					runId);
		}
	}

	private void removeStaleClientReports(Path out, Set<String> written) throws IOException {
		Path clients = out.resolve(ClientFolders.CLIENTS);
		if (!Files.isDirectory(clients)) {
			return;
		}
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(clients)) {
			for (Path folder : folders) {
				if (!written.contains(folder.getFileName().toString()) && Files.isDirectory(folder)) {
					Files.deleteIfExists(folder.resolve(FILES_CSV));
					try (DirectoryStream<Path> rest = Files.newDirectoryStream(folder)) {
						if (!rest.iterator().hasNext()) {
							Files.delete(folder);
						}
					}
				}
			}
		}
	}

}
