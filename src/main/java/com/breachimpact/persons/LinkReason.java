package com.breachimpact.persons;

/**
 * Why two records were joined into one person, strongest first.
 */
public enum LinkReason {

	/** The same social security number. */
	SSN("ssn"),

	/** The same payment card number. */
	CARD("card"),

	/** The same account number under the same folded name. */
	ACCOUNT_NAME("account+name"),

	/**
	 * The same account number, neither record naming anyone (the number quoted in free
	 * text).
	 */
	ACCOUNT("account"),

	/** The same folded name and date of birth. */
	NAME_DOB("name+dob");

	private final String code;

	LinkReason(String code) {
		this.code = code;
	}

	/**
	 * The reason as reports spell it.
	 * @return {@code ssn}, {@code card}, {@code account+name}, {@code account} or
	 * {@code name+dob}
	 */
	public String code() {
		return this.code;
	}

}
