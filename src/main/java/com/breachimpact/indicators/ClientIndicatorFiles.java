package com.breachimpact.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.breachimpact.classification.CredentialLabel;
import com.breachimpact.classification.PathMasking;
import com.breachimpact.csv.CsvFile;
import com.breachimpact.inventory.LeafPaths;
import com.breachimpact.protection.OutputFiles;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what a client's security team needs into the client's report folder, that
 * client's data only:
 * <ul>
 * <li>{@code indicators.stix.json}: a STIX 2.1 bundle with one indicator per distinct
 * content of the client's attributed items;</li>
 * <li>{@code indicators.delta.stix.json}: the same with only the contents new since the
 * case's previous run;</li>
 * <li>{@code hashes.csv}: SHA-256, size, media type and first-seen run of each
 * content;</li>
 * <li>{@code credentials_to_rotate.csv}: each secret found in the client's items, once,
 * with its kind, masked account, host, where it was first found and a fingerprint, never
 * the secret; and each key file ({@link KeyFiles}).</li>
 * </ul>
 */
public class ClientIndicatorFiles {

	/** The client's STIX bundle. */
	public static final String BUNDLE = "indicators.stix.json";

	/** The client's STIX bundle of what is new since the previous run. */
	public static final String DELTA_BUNDLE = "indicators.delta.stix.json";

	/** The client's hash list. */
	public static final String HASHES_CSV = "hashes.csv";

	/** The client's credentials to rotate. */
	public static final String CREDENTIALS_CSV = "credentials_to_rotate.csv";

	private final JdbcIndicatorRepository repository;

	private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final StixBundles bundles;

	private final Tlp tlp;

	/**
	 * A writer of the clients' indicator files.
	 * @param jdbc the database
	 * @param properties the vendor and TLP level of the bundles
	 */
	public ClientIndicatorFiles(JdbcTemplate jdbc, IndicatorsProperties properties) {
		this.repository = new JdbcIndicatorRepository(jdbc);
		this.bundles = new StixBundles(this.mapper, properties);
		this.tlp = properties.tlp();
	}

	/**
	 * Write a client's indicator files.
	 * @param runId the run
	 * @param clientId the client's id
	 * @param clientName the client's legal name
	 * @param folder the client's report folder
	 * @return how many indicators and credentials to rotate were written
	 */
	public IndicatorCounts write(long runId, String clientId, String clientName, Path folder) {
		JdbcIndicatorRepository.CaseRuns runs = this.repository.caseRuns(runId);
		StixBundles.BundleScope scope = new StixBundles.BundleScope(runs.caseOrRun(), runId, runs.previousRunId(),
				runs.started(runId), clientId, clientName);
		Map<String, Long> firstSeen = this.repository.contentsFirstSeen(runs, clientId);
		Set<String> previous = this.repository.attributedContents(runs.previousRunId(), clientId);
		Map<String, IndicatorContent> contents = new TreeMap<>();
		List<CredentialToRotate> keyFiles = new ArrayList<>();
		this.repository.attributedItems(runId, clientId, (sha256, path, size, mediaType) -> {
			if (contents.containsKey(sha256)) {
				return;
			}
			long first = firstSeen.getOrDefault(sha256, runId);
			contents.put(sha256, new IndicatorContent(sha256, size, mediaType, FileNames.baseName(path), first,
					runs.started(first), runs.previousRunId() == null || !previous.contains(sha256)));
			String keyKind = KeyFiles.kindOf(path, mediaType);
			if (keyKind != null) {
				keyFiles.add(new CredentialToRotate(keyKind, mediaType, null, null, path, 0, 1, first,
						fingerprint(clientId, "file", sha256)));
			}
		});
		List<IndicatorContent> all = List.copyOf(contents.values());
		List<IndicatorContent> fresh = all.stream().filter(IndicatorContent::newSincePreviousRun).toList();
		List<CredentialToRotate> credentials = credentials(runs, clientId);
		credentials.addAll(keyFiles);
		try {
			writeJson(this.bundles.bundle(scope, all, false), folder.resolve(BUNDLE));
			writeJson(this.bundles.bundle(scope, fresh, true), folder.resolve(DELTA_BUNDLE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the STIX bundles to " + folder, ex);
		}
		try (CsvFile csv = CsvFile.create(folder.resolve(HASHES_CSV), "sha256", "size", "media_type",
				"first_seen_run")) {
			for (IndicatorContent content : all) {
				csv.row(content.sha256(), content.size(), content.mediaType(), content.firstSeenRunId());
			}
		}
		try (CsvFile csv = CsvFile.create(folder.resolve(CREDENTIALS_CSV), "kind", "detail", "account", "host", "path",
				"line", "findings", "first_seen_run", "fingerprint")) {
			for (CredentialToRotate credential : credentials) {
				csv.row(credential.kind(), credential.detail(), credential.account(), credential.host(),
						credential.path(), (credential.line() > 0) ? credential.line() : "", credential.findings(),
						credential.firstSeenRunId(), credential.fingerprint());
			}
		}
		return new IndicatorCounts(all.size(), fresh.size(), credentials.size(), this.tlp.label());
	}

	private List<CredentialToRotate> credentials(JdbcIndicatorRepository.CaseRuns runs, String clientId) {
		Map<String, Long> firstSeen = this.repository.secretsFirstSeen(runs, clientId);
		Map<String, CredentialToRotate> bySecret = new LinkedHashMap<>();
		Map<String, Integer> findings = new HashMap<>();
		Set<String> tokenLines = new HashSet<>();
		this.repository.secrets(runs.runId(), clientId, (category, masked, valueHash, path, location, line) -> {
			String where = PathMasking.mask(LeafPaths.of(path, location));
			CredentialLabel label = CredentialLabel.parse(masked)
				.orElseGet(() -> new CredentialLabel(category.toLowerCase(java.util.Locale.ROOT), null, null));
			String kind = RotationKinds.kindOf(category, label.kind());
			String lineKey = where + '\u0000' + line;
			if (category.equals("API_TOKEN")) {
				tokenLines.add(lineKey);
			}
			else if (category.equals("CREDENTIAL") && kind.equals(RotationKinds.API_TOKEN)
					&& tokenLines.contains(lineKey)) {
				// the value of "api_key=<token>" is the token found on the same line
				return;
			}
			String key = category + ':' + valueHash;
			findings.merge(key, 1, Integer::sum);
			bySecret.putIfAbsent(key, new CredentialToRotate(kind, label.kind(), label.account(), label.host(), where,
					line, 0, firstSeen.getOrDefault(key, runs.runId()), fingerprint(clientId, category, valueHash)));
		});
		List<CredentialToRotate> rows = new ArrayList<>();
		bySecret.forEach((key, row) -> rows.add(new CredentialToRotate(row.kind(), row.detail(), row.account(),
				row.host(), row.path(), row.line(), findings.get(key), row.firstSeenRunId(), row.fingerprint())));
		return rows;
	}

	/**
	 * A per-client fingerprint of a secret: the SHA-256 of the client and the secret's
	 * keyed hash, so that two clients holding the same secret cannot tell from their
	 * files.
	 */
	static String fingerprint(String clientId, String kind, String hash) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("breach-impact credential\u0000" + clientId + '\u0000' + kind + '\u0000' + hash)
				.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private void writeJson(ObjectNode bundle, Path file) throws IOException {
		OutputFiles.write(file, (out) -> this.mapper.writeValue(out, bundle));
	}

	/**
	 * What was written for a client.
	 *
	 * @param indicators indicators in the client's bundle
	 * @param newIndicators indicators new since the case's previous run
	 * @param credentialsToRotate rows of the client's credentials to rotate
	 * @param tlp the TLP level the files are marked with ({@code TLP:AMBER+STRICT})
	 */
	public record IndicatorCounts(int indicators, int newIndicators, int credentialsToRotate, String tlp) {

	}

}
