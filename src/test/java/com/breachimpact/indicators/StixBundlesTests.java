package com.breachimpact.indicators;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link StixBundles}, the checks the functional tests apply to bundles
 * ({@link StixBundleChecks}, {@link StixComparisonPattern}) and the binding of
 * {@link IndicatorsProperties}.
 */
class StixBundlesTests {

	private static final String SHA_A = "a".repeat(64);

	private static final String SHA_B = "0123456789abcdef".repeat(4);

	private static final Instant RUN = Instant.parse("2026-03-01T10:15:30.123456Z");

	private final StixBundles bundles = new StixBundles(StixBundleChecks.MAPPER,
			new IndicatorsProperties("Example Transfer Co", "ir@transfer.example", Tlp.AMBER_STRICT));

	private final StixBundles.BundleScope scope = new StixBundles.BundleScope("acme breach", 7, 6L, RUN, "HARBOR",
			"First Harbor Bank");

	private ObjectNode bundle() {
		return this.bundles.bundle(this.scope,
				List.of(new IndicatorContent(SHA_A, 120, "text/csv", "payroll.csv", 6, RUN.minusSeconds(86400), false),
						new IndicatorContent(SHA_B, 9, null, "it's \u202Efdp.exe", 7, RUN, true)),
				false);
	}

	@Test
	void bundleIsValidAgainstTheStixSchemasAndWhole() {
		ObjectNode bundle = bundle();
		assertThat(StixBundleChecks.schemaErrors(bundle)).isEmpty();
		assertThat(StixBundleChecks.integrityProblems(bundle)).isEmpty();
		List<JsonNode> indicators = objects(bundle, "indicator");
		assertThat(indicators).hasSize(2);
		assertThat(indicators.get(0).path("pattern").asString()).isEqualTo("[file:hashes.'SHA-256' = '" + SHA_A + "']");
		assertThat(indicators.get(0).path("valid_from").asString()).isEqualTo("2026-02-28T10:15:30.123Z");
		JsonNode marking = objects(bundle, "marking-definition").get(0);
		assertThat(marking.path("id").asString()).isEqualTo("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003");
		assertThat(marking.path("extensions").path(Tlp.EXTENSION_ID).path("tlp_2_0").asString())
			.isEqualTo("amber+strict");
		JsonNode vendor = objects(bundle, "identity").get(0);
		assertThat(vendor.path("name").asString()).isEqualTo("Example Transfer Co");
		assertThat(vendor.path("contact_information").asString()).isEqualTo("ir@transfer.example");
	}

	@Test
	void idsAreDeterministicPerCaseClientAndContent() {
		String id = StixBundles.indicatorId(this.scope, SHA_A);
		assertThat(id).matches("indicator--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(StixBundles.indicatorId(this.scope, SHA_A)).isEqualTo(id);
		assertThat(
				StixBundles.indicatorId(new StixBundles.BundleScope("acme breach", 8, 7L, RUN, "HARBOR", "x"), SHA_A))
			.as("another run of the case")
			.isEqualTo(id);
		assertThat(
				StixBundles.indicatorId(new StixBundles.BundleScope("acme breach", 7, 6L, RUN, "PRAIRIE", "x"), SHA_A))
			.as("another client")
			.isNotEqualTo(id);
		assertThat(StixBundles.indicatorId(new StixBundles.BundleScope("other case", 7, 6L, RUN, "HARBOR", "x"), SHA_A))
			.as("another case")
			.isNotEqualTo(id);
		assertThat(StixIds.of("t", "a\u00001:b", "c")).isNotEqualTo(StixIds.of("t", "a", "b\u00001:c"));
	}

	@Test
	void checksFindBrokenBundles() {
		ObjectNode dangling = bundle();
		((ArrayNode) objects(dangling, "report").get(0).path("object_refs"))
			.add("indicator--00000000-0000-5000-8000-000000000000");
		assertThat(StixBundleChecks.integrityProblems(dangling)).singleElement()
			.asString()
			.contains("not in the bundle");

		ObjectNode duplicate = bundle();
		((ArrayNode) duplicate.path("objects")).add(objects(duplicate, "indicator").get(0).deepCopy());
		assertThat(StixBundleChecks.integrityProblems(duplicate))
			.anySatisfy((p) -> assertThat(p).contains("duplicate"));

		ObjectNode badPattern = bundle();
		((ObjectNode) objects(badPattern, "indicator").get(0)).put("pattern", "[file:hashes.'SHA-256' = 'abc'");
		assertThat(StixBundleChecks.integrityProblems(badPattern)).hasSize(1);

		ObjectNode noValidFrom = bundle();
		((ObjectNode) objects(noValidFrom, "indicator").get(0)).remove("valid_from");
		assertThat(StixBundleChecks.schemaErrors(noValidFrom)).isNotEmpty();

		ObjectNode badTimestamp = bundle();
		((ObjectNode) objects(badTimestamp, "indicator").get(0)).put("created", "2026-03-01 10:15:30");
		assertThat(StixBundleChecks.schemaErrors(badTimestamp)).isNotEmpty();
	}

	@Test
	void patternParserAcceptsTheComparisonFormOnly() {
		StixComparisonPattern pattern = StixComparisonPattern.parse("[file:hashes.'SHA-256' = '" + SHA_B + "']");
		assertThat(pattern).isEqualTo(new StixComparisonPattern("file", "hashes.'SHA-256'", SHA_B));
		assertThat(StixComparisonPattern.parse("[file:name = 'it\\'s']").value()).isEqualTo("it's");
		for (String bad : List.of("file:hashes.'SHA-256' = 'a'", "[file:hashes.'SHA-256' = 'a'", "[File:name = 'a']",
				"[file:name = a]", "[file:name = 'a'] AND", "[file:.name = 'a']", "[file:name = 'a\\x']")) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> StixComparisonPattern.parse(bad));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> StixBundles.pattern("ABC' OR '1"));
	}

	@Test
	void fileNamesAreBaseNamesWithoutHiddenCharacters() {
		assertThat(FileNames.baseName("clients/keystone/outbound/KMS_CCD.ach")).isEqualTo("KMS_CCD.ach");
		assertThat(FileNames.baseName("shared/month_end.zip!/2024/dividends.csv")).isEqualTo("dividends.csv");
		assertThat(FileNames.baseName("a/invoice\u202Efdp.exe")).isEqualTo("invoice\uFFFDfdp.exe");
		assertThat(FileNames.baseName("a/line\nbreak")).isEqualTo("line\uFFFDbreak");
	}

	@Test
	void propertiesBindFromTheJobDefinition() {
		IndicatorsProperties defaults = bind(Map.of());
		assertThat(defaults).isEqualTo(IndicatorsProperties.defaults());
		assertThat(defaults.tlp()).isEqualTo(Tlp.AMBER_STRICT);
		assertThat(bind(Map.of("breach-impact.indicators.tlp", "amber+strict")).tlp()).isEqualTo(Tlp.AMBER_STRICT);
		assertThat(bind(Map.of("breach-impact.indicators.tlp", "red")).tlp()).isEqualTo(Tlp.RED);
		assertThat(bind(Map.of("breach-impact.indicators.vendor-name", "Example Transfer Co")).vendorName())
			.isEqualTo("Example Transfer Co");
	}

	private static IndicatorsProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("breach-impact.indicators",
				IndicatorsProperties.class);
	}

	private static List<JsonNode> objects(JsonNode bundle, String type) {
		return bundle.path("objects").valueStream().filter((o) -> o.path("type").asString().equals(type)).toList();
	}

}
