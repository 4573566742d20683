package com.breachimpact.indicators;

/**
 * The Traffic Light Protocol 2.0 levels, with the STIX 2.1 marking definitions the OASIS
 * CTI technical committee published for them (fixed ids, created 2022-10-01, the TLP 2.0
 * property extension).
 */
public enum Tlp {

	/** TLP:CLEAR: no limit on disclosure. */
	CLEAR("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "clear"),

	/** TLP:GREEN: the recipient's community. */
	GREEN("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "green"),

	/** TLP:AMBER: the recipient's organization and its clients. */
	AMBER("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "amber"),

	/** TLP:AMBER+STRICT: the recipient's organization only. */
	AMBER_STRICT("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "amber+strict"),

	/** TLP:RED: the named recipients only. */
	RED("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "red");

	/** The id of the TLP 2.0 property extension the marking definitions use. */
	public static final String EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

	/** When the OASIS marking definitions were created. */
	public static final String CREATED = "2022-10-01T00:00:00.000Z";

	private final String markingId;

	private final String level;

	Tlp(String markingId, String level) {
		this.markingId = markingId;
		this.level = level;
	}

	/** The id of the level's marking definition. */
	public String markingId() {
		return this.markingId;
	}

	/** The level as the TLP 2.0 extension writes it ({@code amber+strict}). */
	public String level() {
		return this.level;
	}

	/** The level's name ({@code TLP:AMBER+STRICT}). */
	public String label() {
		return "TLP:" + this.level.toUpperCase(java.util.Locale.ROOT);
	}

}
