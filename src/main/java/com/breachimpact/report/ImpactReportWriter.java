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
import java.util.TreeSet;

import com.breachimpact.institution.Client;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.scan.Reconciliation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Writes the CSV reports of a run from the database, streaming rows:
 * <ul>
 * <li>{@code summary.csv}: one row per affected client;</li>
 * <li>{@code clients/<client_id>/files.csv}: the client's files and the
 * evidence for each, that client's data only;</li>
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

	private final JdbcTemplate jdbc;

	private final ClientRegistry registry;

	public ImpactReportWriter(JdbcTemplate jdbc, ClientRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
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
			List<AffectedClient> affected = affectedClients(runId);
			writeSummary(out.resolve("summary.csv"), affected);
			Set<String> written = new HashSet<>();
			for (AffectedClient client : affected) {
				Path folder = ClientFolders.folder(out, client.clientId());
				writeClientFiles(runId, client.clientId(), folder.resolve(FILES_CSV));
				written.add(folder.getFileName().toString());
			}
			removeStaleClientReports(out, written);
			writeUnmatched(runId, out.resolve("unmatched.csv"));
			writeLedger(runId, out.resolve("ledger.csv"));
			writeUnknownIdentifiers(runId, out.resolve("unknown_identifiers.csv"));
			Reconciliation reconciliation = Reconciliation.of(this.jdbc, runId);
			Path line = out.resolve("reconciliation.txt");
			ReportFiles.createPrivateFile(line);
			Files.writeString(line, "run " + runId + ": " + reconciliation.line() + System.lineSeparator());
			logger.info("Run {}: reports for {} affected clients written to {}", runId, affected.size(), out);
			return affected.stream().map(AffectedClient::clientId).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the reports to " + out, ex);
		}
	}

	private List<AffectedClient> affectedClients(long runId) {
		Map<String, AffectedClient> clients = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT a.client_id, COUNT(DISTINCT a.item_id) AS files
				FROM item_attribution a WHERE a.run_id = ?
				GROUP BY a.client_id ORDER BY files DESC, a.client_id""", (row) -> {
			String clientId = row.getString("client_id");
			clients.put(clientId, new AffectedClient(clientId, row.getLong("files"), new TreeSet<>()));
		}, runId);
		this.jdbc.query("SELECT DISTINCT client_id, evidence_kinds FROM item_attribution WHERE run_id = ?", (row) -> {
			AffectedClient client = clients.get(row.getString("client_id"));
			for (String kind : row.getString("evidence_kinds").split(",")) {
				client.evidenceKinds().add(kind);
			}
		}, runId);
		return new ArrayList<>(clients.values());
	}

	private void writeSummary(Path file, List<AffectedClient> affected) {
		try (CsvReportFile csv = CsvReportFile.create(file, "client_id", "name", "affected_files",
				"evidence_kinds")) {
			for (AffectedClient client : affected) {
				csv.row(client.clientId(), name(client.clientId()), client.files(),
						String.join("|", client.evidenceKinds()));
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
		try (CsvReportFile csv = CsvReportFile.create(file, "path", "sha256", "size", "media_type", "status",
				"evidence_kinds", "score", "masked_evidence")) {
			this.jdbc.query("""
					SELECT i.item_id, i.rel_path, i.sha256, i.size_bytes, i.media_type, i.status, i.reason,
					       a.evidence_kinds, a.score
					FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
					WHERE a.run_id = ? AND a.client_id = ?
					ORDER BY i.rel_path""", (row) -> {
				String status = row.getString("status")
						+ ((row.getString("reason") != null) ? ":" + row.getString("reason") : "");
				csv.row(row.getString("rel_path"), row.getString("sha256"), row.getLong("size_bytes"),
						row.getString("media_type"), status, row.getString("evidence_kinds").replace(',', '|'),
						String.format(java.util.Locale.ROOT, "%.2f", row.getDouble("score")),
						String.join("; ", evidence.getOrDefault(row.getLong("item_id"), List.of())));
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

	private String name(String clientId) {
		return this.registry.find(clientId).map(Client::legalName).orElse("");
	}

	private record AffectedClient(String clientId, long files, Set<String> evidenceKinds) {
	}

}
