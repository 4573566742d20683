package com.breachimpact.indicators;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.breachimpact.report.ClientFolders;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.ReportFolders;
import com.breachimpact.support.SampleExpectations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicators of a scan of the bundled sample inventory: every client's bundles are
 * valid STIX 2.1 and whole, hold one indicator per distinct content of the client's
 * files, agree with {@code hashes.csv}, and a rerun of the case gives the same ids and an
 * empty delta.
 */
@TestPropertySource(properties = { "breach-impact.indicators.vendor-name=Example Transfer Co",
		"breach-impact.indicators.vendor-contact=ir@transfer.example", "breach-impact.indicators.tlp=amber+strict" })
class IndicatorsFunctionalTests extends PostgresScanTestSupport {

	private static final Path INVENTORY = SampleExpectations.SAMPLES.resolve("inventory");

	private static final Path REGISTRY = SampleExpectations.SAMPLES.resolve("clients.csv");

	private static final String CASE = "stix sample";

	@TempDir
	Path dir;

	@Test
	void sampleBundlesAreValidStixAndARerunKeepsTheirIds() throws Exception {
		Scanned first = scan(new ScanRequest(INVENTORY, REGISTRY, this.dir.resolve("first"), CASE));
		assertThat(first.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<String> clients = ReportFolders.column(this.dir.resolve("first/summary.csv"), "client_id");
		assertThat(clients).hasSize(9);
		Map<String, Map<String, JsonNode>> firstIndicators = new HashMap<>();
		int indicators = 0;
		for (String client : clients) {
			Path folder = ClientFolders.folder(this.dir.resolve("first"), client);
			JsonNode bundle = StixBundleChecks.read(folder.resolve(ClientIndicatorFiles.BUNDLE));
			JsonNode delta = StixBundleChecks.read(folder.resolve(ClientIndicatorFiles.DELTA_BUNDLE));
			for (JsonNode checked : List.of(bundle, delta)) {
				assertThat(StixBundleChecks.schemaErrors(checked)).as(client).isEmpty();
				assertThat(StixBundleChecks.integrityProblems(checked)).as(client).isEmpty();
			}
			Map<String, JsonNode> byHash = indicatorsByHash(bundle);
			Set<String> fileHashes = ReportFolders.column(folder.resolve("files.csv"), "sha256")
				.stream()
				.filter((sha) -> !sha.isEmpty())
				.collect(Collectors.toSet());
			assertThat(byHash.keySet()).as(client).isNotEmpty().isEqualTo(fileHashes);
			Set<String> baseNames = ReportFolders.column(folder.resolve("files.csv"), "path")
				.stream()
				.map((path) -> path.substring(path.lastIndexOf('/') + 1))
				.collect(Collectors.toSet());
			byHash.values().forEach((indicator) -> assertThat(baseNames).contains(indicator.path("name").asString()));
			assertThat(indicatorsByHash(delta).keySet()).as("a case's first run: every indicator is new")
				.isEqualTo(byHash.keySet());
			JsonNode report = objects(bundle, "report").get(0);
			assertThat(report.path("name").asString()).contains(CASE).contains("run " + first.runId());
			Set<String> refs = new HashSet<>();
			report.path("object_refs").forEach((ref) -> refs.add(ref.asString()));
			byHash.values().forEach((indicator) -> assertThat(refs).contains(indicator.path("id").asString()));
			assertThat(objects(bundle, "marking-definition")).singleElement()
				.satisfies((marking) -> assertThat(marking.path("name").asString()).isEqualTo("TLP:AMBER+STRICT"));
			assertThat(objects(bundle, "identity")).anySatisfy((identity) -> {
				assertThat(identity.path("name").asString()).isEqualTo("Example Transfer Co");
				assertThat(identity.path("contact_information").asString()).isEqualTo("ir@transfer.example");
			});
			List<String[]> hashes = ReportFolders.rows(folder.resolve(ClientIndicatorFiles.HASHES_CSV));
			assertThat(hashes.stream().map((row) -> row[0]).collect(Collectors.toSet())).isEqualTo(byHash.keySet());
			assertThat(hashes).allSatisfy((row) -> assertThat(row[3]).isEqualTo(Long.toString(first.runId())));
			firstIndicators.put(client, byHash);
			indicators += byHash.size();
		}
		assertThat(ReportFolders.column(this.dir.resolve("first/notification_list.csv"), "indicators"))
			.allSatisfy((count) -> assertThat(Integer.parseInt(count)).isPositive());

		// when the case is scanned again, unchanged
		Scanned second = scan(new ScanRequest(INVENTORY, REGISTRY, this.dir.resolve("second"), CASE));
		assertThat(second.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(second.runId()).isNotEqualTo(first.runId());
		int rerunIndicators = 0;
		for (String client : clients) {
			Path folder = ClientFolders.folder(this.dir.resolve("second"), client);
			JsonNode bundle = StixBundleChecks.read(folder.resolve(ClientIndicatorFiles.BUNDLE));
			JsonNode delta = StixBundleChecks.read(folder.resolve(ClientIndicatorFiles.DELTA_BUNDLE));
			assertThat(StixBundleChecks.schemaErrors(delta)).isEmpty();
			assertThat(StixBundleChecks.integrityProblems(delta)).isEmpty();
			Map<String, JsonNode> byHash = indicatorsByHash(bundle);
			assertThat(byHash).as("the same indicators, ids and all, for %s", client)
				.isEqualTo(firstIndicators.get(client));
			assertThat(objects(delta, "indicator")).as("nothing new for %s", client).isEmpty();
			assertThat(ReportFolders.column(folder.resolve(ClientIndicatorFiles.HASHES_CSV), "first_seen_run"))
				.containsOnly(Long.toString(first.runId()));
			rerunIndicators += byHash.size();
		}
		assertThat(rerunIndicators).isEqualTo(indicators);
		System.out.printf("Sample scan: %d indicators over %d clients, the same %d ids on the rerun%n", indicators,
				clients.size(), rerunIndicators);
	}

	private static Map<String, JsonNode> indicatorsByHash(JsonNode bundle) {
		Map<String, JsonNode> byHash = new HashMap<>();
		for (JsonNode indicator : objects(bundle, "indicator")) {
			String sha = StixComparisonPattern.parse(indicator.path("pattern").asString()).value();
			assertThat(byHash.put(sha, indicator)).as("one indicator per content").isNull();
		}
		return byHash;
	}

	private static List<JsonNode> objects(JsonNode bundle, String type) {
		return bundle.path("objects").valueStream().filter((o) -> o.path("type").asString().equals(type)).toList();
	}

}
