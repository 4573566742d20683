package com.breachimpact.review;

import java.util.Locale;
import java.util.Optional;

/**
 * What an investigator decided, as the {@code review_decision.decision} column holds it.
 */
public enum DecisionKind {

	/** The file does concern the client. */
	CONFIRMED,

	/** The file does not concern the client (a reason is required). */
	REJECTED,

	/** The file concerns the client although the automation did not attribute it. */
	ADDED,

	/** A note on a client (or on a file and client), which changes no attribution. */
	NOTE;

	/**
	 * The kind as stored in the database and written in review files.
	 * @return the lower-case name
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The kind a review file names, ignoring case and surrounding blanks.
	 * @param text the cell
	 * @return the kind, or empty when the text names none
	 */
	public static Optional<DecisionKind> parse(String text) {
		String code = text.strip().toUpperCase(Locale.ROOT);
		for (DecisionKind kind : values()) {
			if (kind.name().equals(code)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
