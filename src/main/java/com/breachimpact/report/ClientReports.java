package com.breachimpact.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.breachimpact.classification.PathMasking;
import com.breachimpact.institution.Client;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.protection.Masking;

import com.breachimpact.incremental.RunDelta;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Builds the {@link ClientReport} of one client of a run from the database: the client's
 * files with the client's own evidence only, and counts of the sensitive data in each.
 */
public class ClientReports {

	private final JdbcTemplate jdbc;

	private final ClientRegistry registry;

	public ClientReports(JdbcTemplate jdbc, ClientRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
	}

	/**
	 * Build a client's report model.
	 * @param impact the client's impact in the run
	 * @param run the run's facts
	 * @return the model, files sorted by path
	 */
	public ClientReport of(ClientImpact impact, RunInfo run) {
		return of(impact, run, RunDelta.since(this.jdbc, run.runId(), null));
	}

	/**
	 * The report model of one client, with the files new since a baseline run.
	 * @param impact the client's impact
	 * @param run the run
	 * @param delta what is new since the case's previous run
	 * @return the model
	 */
	public ClientReport of(ClientImpact impact, RunInfo run, RunDelta delta) {
		long runId = run.runId();
		String clientId = impact.clientId();
		Map<Long, List<String>> evidence = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT f.item_id, f.evidence_kind, f.masked_value, f.location, f.line_no, f.occurrences
				FROM client_finding f
				JOIN item_attribution a ON a.item_id = f.item_id AND a.client_id = f.client_id
				WHERE a.run_id = ? AND a.client_id = ? AND COALESCE(a.review_status, 'unreviewed') <> 'rejected'
				ORDER BY f.item_id, f.finding_id""", (RowCallbackHandler) (row) -> {
			String where = row.getString("location").isEmpty() ? ""
					: " in " + PathMasking.mask(row.getString("location"));
			String line = (row.getInt("line_no") > 0) ? " line " + row.getInt("line_no") : "";
			String times = (row.getInt("occurrences") > 1) ? " x" + row.getInt("occurrences") : "";
			evidence.computeIfAbsent(row.getLong("item_id"), (id) -> new ArrayList<>())
				.add(row.getString("evidence_kind") + " " + row.getString("masked_value") + where + line + times);
		}, runId, clientId);
		Map<Long, List<String>> sensitive = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT v.item_id, v.category, SUM(v.occurrences) AS occurrences,
				       COUNT(DISTINCT v.value_hash) AS distinct_values
				FROM sensitive_value v JOIN item_attribution a ON a.item_id = v.item_id
				WHERE a.run_id = ? AND a.client_id = ? AND COALESCE(a.review_status, 'unreviewed') <> 'rejected'
				GROUP BY v.item_id, v.category ORDER BY v.item_id, v.category""", (RowCallbackHandler) (row) -> {
			sensitive.computeIfAbsent(row.getLong("item_id"), (id) -> new ArrayList<>())
				.add(row.getString("category") + " x" + row.getLong("occurrences") + " ("
						+ row.getLong("distinct_values") + " distinct)");
		}, runId, clientId);
		List<AffectedFile> files = new ArrayList<>();
		List<AffectedFile> newFiles = new ArrayList<>();
		Instant[] span = new Instant[2];
		this.jdbc.query("""
				SELECT i.item_id, i.rel_path, i.sha256, i.size_bytes, i.media_type, i.status, i.reason,
				       i.modified_at, i.sensitive_incomplete, a.evidence_kinds, a.score
				FROM item_attribution a JOIN inventory_item i ON i.item_id = a.item_id
				WHERE a.run_id = ? AND a.client_id = ? AND COALESCE(a.review_status, 'unreviewed') <> 'rejected'
				ORDER BY i.rel_path""", (RowCallbackHandler) (row) -> {
			String status = row.getString("status")
					+ ((row.getString("reason") != null) ? ":" + row.getString("reason") : "");
			Timestamp modified = row.getTimestamp("modified_at");
			Instant modifiedAt = (modified != null) ? modified.toInstant() : null;
			if (modifiedAt != null) {
				span[0] = (span[0] == null || modifiedAt.isBefore(span[0])) ? modifiedAt : span[0];
				span[1] = (span[1] == null || modifiedAt.isAfter(span[1])) ? modifiedAt : span[1];
			}
			long itemId = row.getLong("item_id");
			AffectedFile file = new AffectedFile(row.getString("rel_path"), row.getString("sha256"),
					row.getLong("size_bytes"), row.getString("media_type"), status, modifiedAt, row.getDouble("score"),
					List.of(row.getString("evidence_kinds").split(",")), evidence.getOrDefault(itemId, List.of()),
					sensitive.getOrDefault(itemId, List.of()), row.getBoolean("sensitive_incomplete"));
			files.add(file);
			if (delta.isNew(clientId, itemId)) {
				newFiles.add(file);
			}
		}, runId, clientId);
		return new ClientReport(impact, identifiers(clientId), files, newFiles, delta.computed(), run, span[0],
				span[1]);
	}

	private List<ClientIdentifier> identifiers(String clientId) {
		List<ClientIdentifier> identifiers = new ArrayList<>();
		Client client = this.registry.find(clientId).orElse(null);
		if (client == null) {
			return identifiers;
		}
		client.aliases().forEach((alias) -> identifiers.add(new ClientIdentifier("Alias", alias)));
		client.abaRoutings()
			.forEach((aba) -> identifiers.add(new ClientIdentifier("ABA routing number", Masking.lastFour(aba))));
		client.bics().forEach((bic) -> identifiers.add(new ClientIdentifier("BIC", Masking.lastFour(bic))));
		client.leis().forEach((lei) -> identifiers.add(new ClientIdentifier("LEI", Masking.lastFour(lei))));
		client.ibanBankCodes()
			.forEach((code) -> identifiers.add(new ClientIdentifier("IBAN bank code", code.toUpperCase(Locale.ROOT))));
		client.emailDomains().forEach((domain) -> identifiers.add(new ClientIdentifier("E-mail domain", domain)));
		client.sftpFolders().forEach((folder) -> identifiers.add(new ClientIdentifier("Platform folder", folder)));
		return identifiers;
	}

}
