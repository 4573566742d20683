package com.breachimpact.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.breachimpact.analysis.JdbcSensitiveValueRepository;
import com.breachimpact.classification.PathMasking;
import com.breachimpact.institution.Client;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.inventory.LeafPaths;
import com.breachimpact.protection.Masking;

import com.breachimpact.incremental.RunDelta;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the {@link ClientReport} of one client of a run from the database: the leaves
 * attributed to the client (files, archive members, attachments), each with the client's
 * own evidence in it (its own text and the path it inherits) and counts of its sensitive
 * data, grouped under their file: a file with attributed members gets a container row
 * first, with the union of its attributed leaves.
 */
public class ClientReports {

	private final JdbcSensitiveValueRepository sensitiveValues;

	private final JdbcImpactQueries impactQueries;

	private final ClientRegistry registry;

	/**
	 * A builder of client reports.
	 * @param jdbc the database, for the sensitive data of the leaves
	 * @param impactQueries the reports' queries
	 * @param registry the client registry, for the clients' identifiers
	 */
	public ClientReports(JdbcTemplate jdbc, JdbcImpactQueries impactQueries, ClientRegistry registry) {
		this.sensitiveValues = new JdbcSensitiveValueRepository(jdbc);
		this.impactQueries = impactQueries;
		this.registry = registry;
	}

	/**
	 * Build a client's report model.
	 * @param impact the client's impact in the run
	 * @param run the run's facts
	 * @return the model, files sorted by path
	 */
	public ClientReport of(ClientImpact impact, RunInfo run) {
		return of(impact, run, RunDelta.none());
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
		// the client's evidence per item and location; path evidence (location '', no
		// offset) is inherited by every leaf of the item
		Map<Long, Map<String, List<String>>> evidence = new LinkedHashMap<>();
		Map<Long, List<String>> inherited = new LinkedHashMap<>();
		this.impactQueries.evidenceOfClient(runId, clientId, (row) -> {
			String location = row.getString("location");
			String where = location.isEmpty() ? "" : " in " + PathMasking.mask(location);
			String line = (row.getInt("line_no") > 0) ? " line " + row.getInt("line_no") : "";
			String times = (row.getInt("occurrences") > 1) ? " x" + row.getInt("occurrences") : "";
			String text = row.getString("evidence_kind") + " " + row.getString("masked_value") + where + line + times;
			long itemId = row.getLong("item_id");
			if (location.isEmpty() && row.getLong("char_offset") < 0) {
				inherited.computeIfAbsent(itemId, (id) -> new ArrayList<>()).add(text);
			}
			else {
				evidence.computeIfAbsent(itemId, (id) -> new LinkedHashMap<>())
					.computeIfAbsent(location, (where2) -> new ArrayList<>())
					.add(text);
			}
		});
		Map<Long, Map<String, Map<String, long[]>>> sensitive = new LinkedHashMap<>();
		this.sensitiveValues.leafTotalsOfClient(runId, clientId,
				(itemId, location, category, occurrences, distinctValues) -> sensitive
					.computeIfAbsent(itemId, (id) -> new LinkedHashMap<>())
					.computeIfAbsent(location, (id) -> new TreeMap<>())
					.put(category, new long[] { occurrences, distinctValues }));
		List<AffectedFile> files = new ArrayList<>();
		List<AffectedFile> newFiles = new ArrayList<>();
		Instant[] span = new Instant[2];
		List<LeafRow> leaves = new ArrayList<>();
		this.impactQueries.leavesOfClient(runId, clientId, (row) -> {
			Timestamp modified = row.getTimestamp("modified_at");
			Instant modifiedAt = (modified != null) ? modified.toInstant() : null;
			if (modifiedAt != null) {
				span[0] = (span[0] == null || modifiedAt.isBefore(span[0])) ? modifiedAt : span[0];
				span[1] = (span[1] == null || modifiedAt.isAfter(span[1])) ? modifiedAt : span[1];
			}
			leaves.add(new LeafRow(row.getLong("item_id"), row.getString("rel_path"), row.getString("sha256"),
					row.getLong("size_bytes"), row.getString("media_type"),
					status(row.getString("status"), row.getString("reason")), modifiedAt,
					row.getBoolean("sensitive_incomplete"), row.getString("location"), row.getString("evidence_kinds"),
					row.getDouble("score"), row.getString("member_type"), (row.getString("member_status") != null)
							? status(row.getString("member_status"), row.getString("member_reason")) : null));
		});
		Map<Long, List<LeafRow>> byItem = new LinkedHashMap<>();
		for (LeafRow leaf : leaves) {
			byItem.computeIfAbsent(leaf.itemId(), (id) -> new ArrayList<>()).add(leaf);
		}
		for (List<LeafRow> itemLeaves : byItem.values()) {
			LeafRow first = itemLeaves.get(0);
			long itemId = first.itemId();
			List<String> itemInherited = inherited.getOrDefault(itemId, List.of());
			Map<String, List<String>> itemEvidence = evidence.getOrDefault(itemId, Map.of());
			Map<String, Map<String, long[]>> itemSensitive = sensitive.getOrDefault(itemId, Map.of());
			boolean container = itemLeaves.stream().anyMatch((leaf) -> !leaf.location().isEmpty());
			if (container) {
				Set<String> kinds = new TreeSet<>();
				List<String> union = new ArrayList<>(itemInherited);
				Map<String, long[]> data = new TreeMap<>();
				double score = 0;
				for (LeafRow leaf : itemLeaves) {
					kinds.addAll(List.of(leaf.evidenceKinds().split(",")));
					union.addAll(itemEvidence.getOrDefault(leaf.location(), List.of()));
					score = Math.max(score, leaf.score());
					itemSensitive.getOrDefault(leaf.location(), Map.of())
						.forEach((category, counts) -> data.merge(category, counts.clone(),
								(a, b) -> new long[] { a[0] + b[0], a[1] + b[1] }));
				}
				files.add(new AffectedFile(first.path(), first.sha256(), first.size(), first.mediaType(),
						first.status(), first.modifiedAt(), score, List.copyOf(kinds), union, lines(data),
						first.incomplete(), AffectedFile.CONTAINER));
			}
			for (LeafRow leaf : itemLeaves) {
				List<String> own = new ArrayList<>(itemInherited);
				own.addAll(itemEvidence.getOrDefault(leaf.location(), List.of()));
				List<String> data = lines(itemSensitive.getOrDefault(leaf.location(), Map.of()));
				boolean member = !leaf.location().isEmpty();
				AffectedFile file = member
						? new AffectedFile(LeafPaths.of(leaf.path(), leaf.location()), null, 0, leaf.memberType(),
								(leaf.memberStatus() != null) ? leaf.memberStatus() : leaf.status(), leaf.modifiedAt(),
								leaf.score(), List.of(leaf.evidenceKinds().split(",")), own, data, leaf.incomplete(),
								AffectedFile.MEMBER)
						: new AffectedFile(leaf.path(), leaf.sha256(), leaf.size(), leaf.mediaType(), leaf.status(),
								leaf.modifiedAt(), leaf.score(), List.of(leaf.evidenceKinds().split(",")), own, data,
								leaf.incomplete(), AffectedFile.FILE);
				files.add(file);
				if (delta.isNew(clientId, file.path())) {
					newFiles.add(file);
				}
			}
		}
		return new ClientReport(impact, identifiers(clientId), files, newFiles, delta.computed(), run, span[0],
				span[1]);
	}

	private static String status(String status, String reason) {
		return status + ((reason != null) ? ":" + reason : "");
	}

	private static List<String> lines(Map<String, long[]> data) {
		List<String> lines = new ArrayList<>();
		data.forEach((category, counts) -> lines.add(category + " x" + counts[0] + " (" + counts[1] + " distinct)"));
		return lines;
	}

	/** One attributed leaf of an item, as read. */
	private record LeafRow(long itemId, String path, String sha256, long size, String mediaType, String status,
			Instant modifiedAt, boolean incomplete, String location, String evidenceKinds, double score,
			String memberType, String memberStatus) {

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
