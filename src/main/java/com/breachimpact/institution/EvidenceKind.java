package com.breachimpact.institution;

/**
 * The kinds of evidence that tie an item to a client institution, each with the default
 * weight it brings towards attribution (1.0 reaches the default threshold alone). By
 * default every kind weighs 1.0: a legal name or alias that the matcher reports as
 * evidence is used as a name and belongs to exactly one client (ambiguous namesakes and
 * common words used as words are no evidence), so it identifies the client as an
 * identifier does; reports and the review queue say when only names decided.
 */
public enum EvidenceKind {

	/** The client's legal name, as a whole word sequence. */
	NAME(1.0),

	/** One of the client's aliases, as a whole word sequence. */
	ALIAS(1.0),

	/** A valid ABA routing number registered to the client. */
	ABA_ROUTING(1.0),

	/** A valid BIC registered to the client (an 8-character BIC covers its branches). */
	BIC(1.0),

	/** A valid LEI registered to the client. */
	LEI(1.0),

	/** A valid IBAN whose bank code belongs to the client. */
	IBAN(1.0),

	/** An e-mail address or domain of the client (sub-domains count). */
	EMAIL_DOMAIN(1.0),

	/** The item's path lies under one of the client's platform folders. */
	SFTP_FOLDER(1.0),

	/**
	 * The text names a path in one of the client's platform folders (a transfer log, a
	 * configuration file, an e-mail): as strong as the item lying in the folder.
	 */
	FOLDER_REFERENCE(1.0);

	private final double defaultWeight;

	EvidenceKind(double defaultWeight) {
		this.defaultWeight = defaultWeight;
	}

	public double defaultWeight() {
		return this.defaultWeight;
	}

	/**
	 * Whether this kind identifies an institution by registered data (not a name): only
	 * such evidence settles which of several namesakes a mention stands for.
	 */
	public boolean isStrong() {
		return !isName();
	}

	/** Whether this kind is a legal name or an alias. */
	public boolean isName() {
		return this == NAME || this == ALIAS;
	}

}
