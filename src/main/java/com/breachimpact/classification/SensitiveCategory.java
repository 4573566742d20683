package com.breachimpact.classification;

/**
 * The categories of sensitive data the classifier recognizes, each with the namespace its
 * values are hashed under (see
 * {@link com.breachimpact.protection.KeyedHasher#hash(String, CharSequence)}).
 */
public enum SensitiveCategory {

	/** A US social security number (or taxpayer id in an SSN column). */
	SSN("ssn"),

	/**
	 * A payment card number (PAN) that passes Luhn and its issuer's prefix and length
	 * rules.
	 */
	PAYMENT_CARD("pan"),

	/** Magnetic stripe track 1 or track 2 data. */
	TRACK_DATA("track"),

	/** A bank (deposit) account number. */
	BANK_ACCOUNT("account"),

	/**
	 * An ABA routing number tied to an account (NACHA entry, CSV routing column or next
	 * to an account number in text). Not personal by itself: it tells that an account
	 * number comes with its bank.
	 */
	ROUTING_NUMBER("routing"),

	/** A date of birth. */
	DATE_OF_BIRTH("dob"),

	/** A password or other secret assigned to a credential key. */
	CREDENTIAL("credential"),

	/** A PEM or PGP private key block. */
	PRIVATE_KEY("private-key"),

	/** An access token of a well-known shape (AWS, GitHub, Slack, Stripe, JWT). */
	API_TOKEN("api-token"),

	/** An e-mail address of an individual. */
	EMAIL_ADDRESS("email"),

	/** A North American (NANP) phone number. */
	PHONE_NUMBER("phone"),

	/** The name of a person, taken from a name field of a structured record. */
	PERSON_NAME("name"),

	/**
	 * A US driver's licence or state ID number: only from a labelled column or next to a
	 * label, never from a bare pattern.
	 */
	DRIVERS_LICENSE("dl"),

	/** A user name or login of an individual, from a labelled column. */
	USERNAME("username"),

	/**
	 * A postal address of a person, from address columns of a record; shown only as its
	 * US state or country (the residence it tells).
	 */
	POSTAL_ADDRESS("address");

	private final String hashKind;

	SensitiveCategory(String hashKind) {
		this.hashKind = hashKind;
	}

	/**
	 * The namespace the values of this category are hashed under.
	 * @return a short lower-case word
	 */
	public String hashKind() {
		return this.hashKind;
	}

}
