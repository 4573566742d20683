package com.breachimpact.inventory;

import java.util.Locale;

/**
 * Where an inventory item stands. Every item ends {@link #ANALYSED} or {@link #FAILED}
 * (with a reason): items in = analysed + failed.
 */
public enum ItemStatus {

	/** Recorded by ingest, not analysed yet. */
	PENDING,

	/** Content extracted and searched for evidence. */
	ANALYSED,

	/** Could not be analysed; the ledger row says why. */
	FAILED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ItemStatus fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
