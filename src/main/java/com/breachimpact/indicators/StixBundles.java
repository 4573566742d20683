package com.breachimpact.indicators;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the STIX 2.1 bundles of a client as JSON trees: the vendor's and the client's
 * {@code identity}, the TLP 2.0 {@code marking-definition}, one {@code indicator} per
 * content and a {@code report} referencing them. Every object is marked with the TLP
 * level and created by the vendor; ids are {@link StixIds deterministic}.
 */
final class StixBundles {

	static final String SPEC_VERSION = "2.1";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final JsonMapper mapper;

	private final IndicatorsProperties properties;

	StixBundles(JsonMapper mapper, IndicatorsProperties properties) {
		this.mapper = mapper;
		this.properties = properties;
	}

	/**
	 * The bundle of a client's indicators.
	 * @param scope the case, run and client
	 * @param contents the contents to make indicators of
	 * @param delta whether this is the bundle of what is new since the previous run
	 * @return the bundle
	 */
	ObjectNode bundle(BundleScope scope, List<IndicatorContent> contents, boolean delta) {
		String vendorId = vendorId();
		String clientId = StixIds.of("identity", "client", this.properties.vendorName(), scope.clientId());
		ObjectNode bundle = this.mapper.createObjectNode();
		bundle.put("type", "bundle");
		bundle.put("id", StixIds.of("bundle", scope.caseName(), scope.clientId(), Long.toString(scope.runId()),
				delta ? "delta" : "all"));
		ArrayNode objects = bundle.putArray("objects");
		objects.add(marking());
		objects.add(vendor(vendorId, scope.runStartedAt()));
		ObjectNode client = sdo("identity", clientId, scope.runStartedAt(), vendorId);
		client.put("name", scope.clientName().isBlank() ? scope.clientId() : scope.clientName());
		client.put("identity_class", "organization");
		objects.add(client);
		ObjectNode report = sdo("report", StixIds.of("report", scope.caseName(), scope.clientId(),
				Long.toString(scope.runId()), delta ? "delta" : "all"), scope.runStartedAt(), vendorId);
		report.put("name", reportName(scope, delta));
		report.put("description", reportDescription(scope, delta, contents.size()));
		report.putArray("report_types").add("indicator");
		report.put("published", timestamp(scope.runStartedAt()));
		ArrayNode refs = report.putArray("object_refs");
		refs.add(clientId);
		for (IndicatorContent content : contents) {
			ObjectNode indicator = indicator(scope, content, vendorId);
			objects.add(indicator);
			refs.add(indicator.get("id").asString());
		}
		objects.add(report);
		return bundle;
	}

	private ObjectNode indicator(BundleScope scope, IndicatorContent content, String vendorId) {
		ObjectNode indicator = sdo("indicator", indicatorId(scope, content.sha256()), content.firstSeenAt(), vendorId);
		indicator.put("name", content.name());
		indicator.put("description",
				"A file stolen in the breach of " + this.properties.vendorName() + " (" + content.size() + " bytes"
						+ ((content.mediaType() != null) ? ", " + content.mediaType() : "")
						+ "): look for this content where stolen data is offered and in your own systems.");
		indicator.putArray("indicator_types").add("compromised");
		indicator.put("pattern", pattern(content.sha256()));
		indicator.put("pattern_type", "stix");
		indicator.put("pattern_version", SPEC_VERSION);
		indicator.put("valid_from", timestamp(content.firstSeenAt()));
		return indicator;
	}

	/**
	 * The id of the indicator of a content of a client in a case.
	 * @param scope the case and client
	 * @param sha256 the content hash
	 * @return the indicator id
	 */
	static String indicatorId(BundleScope scope, String sha256) {
		return StixIds.of("indicator", scope.caseName(), scope.clientId(), sha256);
	}

	/**
	 * The STIX pattern matching a file by its SHA-256.
	 * @param sha256 lower-case hex (64 digits, nothing to escape)
	 * @return the pattern
	 */
	static String pattern(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256 in lower-case hex");
		}
		return "[file:hashes.'SHA-256' = '" + sha256 + "']";
	}

	private String vendorId() {
		return StixIds.of("identity", "vendor", this.properties.vendorName());
	}

	private ObjectNode vendor(String vendorId, Instant at) {
		ObjectNode vendor = this.mapper.createObjectNode();
		vendor.put("type", "identity");
		vendor.put("spec_version", SPEC_VERSION);
		vendor.put("id", vendorId);
		vendor.put("created", timestamp(at));
		vendor.put("modified", timestamp(at));
		vendor.put("name", this.properties.vendorName());
		vendor.put("identity_class", "organization");
		if (!this.properties.vendorContact().isBlank()) {
			vendor.put("contact_information", this.properties.vendorContact());
		}
		vendor.putArray("object_marking_refs").add(this.properties.tlp().markingId());
		return vendor;
	}

	private ObjectNode sdo(String type, String id, Instant at, String vendorId) {
		ObjectNode sdo = this.mapper.createObjectNode();
		sdo.put("type", type);
		sdo.put("spec_version", SPEC_VERSION);
		sdo.put("id", id);
		sdo.put("created_by_ref", vendorId);
		sdo.put("created", timestamp(at));
		sdo.put("modified", timestamp(at));
		sdo.putArray("object_marking_refs").add(this.properties.tlp().markingId());
		return sdo;
	}

	private ObjectNode marking() {
		Tlp tlp = this.properties.tlp();
		ObjectNode marking = this.mapper.createObjectNode();
		marking.put("type", "marking-definition");
		marking.put("spec_version", SPEC_VERSION);
		marking.put("id", tlp.markingId());
		marking.put("created", Tlp.CREATED);
		marking.put("name", tlp.label());
		ObjectNode extension = marking.putObject("extensions").putObject(Tlp.EXTENSION_ID);
		extension.put("extension_type", "property-extension");
		extension.put("tlp_2_0", tlp.level());
		return marking;
	}

	private String reportName(BundleScope scope, boolean delta) {
		return (delta ? "New files of " : "Files of ") + scope.clientName() + " stolen in the breach of "
				+ this.properties.vendorName() + " (case " + scope.caseName() + ", run " + scope.runId() + ")";
	}

	private String reportDescription(BundleScope scope, boolean delta, int indicators) {
		String what = delta
				? indicators + " file contents first attributed to the client in run " + scope.runId()
						+ ((scope.previousRunId() != null) ? " (not in run " + scope.previousRunId() + ")" : "")
				: indicators + " distinct file contents attributed to the client in run " + scope.runId();
		return what + ", one indicator each by SHA-256. Handle as " + this.properties.tlp().label() + ".";
	}

	static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

	/**
	 * What a bundle is about.
	 *
	 * @param caseName the case (or the run, for a run of no case)
	 * @param runId the run
	 * @param previousRunId the case's previous run, or {@code null}
	 * @param runStartedAt when the run started
	 * @param clientId the client's id
	 * @param clientName the client's legal name
	 */
	record BundleScope(String caseName, long runId, Long previousRunId, Instant runStartedAt, String clientId,
			String clientName) {

	}

}
