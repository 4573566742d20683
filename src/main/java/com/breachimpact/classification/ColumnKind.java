package com.breachimpact.classification;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a column of records holds (a CSV column, a JSON key, an XML element), as told by
 * its name.
 */
public enum ColumnKind {

	/** Social security or taxpayer id numbers. */
	SSN(SensitiveCategory.SSN),

	/** Bank account numbers. */
	BANK_ACCOUNT(SensitiveCategory.BANK_ACCOUNT),

	/** ABA routing numbers. */
	ROUTING_NUMBER(SensitiveCategory.ROUTING_NUMBER),

	/** Dates of birth. */
	DATE_OF_BIRTH(SensitiveCategory.DATE_OF_BIRTH),

	/** Payment card numbers. */
	PAYMENT_CARD(SensitiveCategory.PAYMENT_CARD),

	/** E-mail addresses. */
	EMAIL_ADDRESS(SensitiveCategory.EMAIL_ADDRESS),

	/** Phone numbers. */
	PHONE_NUMBER(SensitiveCategory.PHONE_NUMBER),

	/** A person's full name. */
	FULL_NAME(SensitiveCategory.PERSON_NAME),

	/** A person's first (given) name. */
	FIRST_NAME(SensitiveCategory.PERSON_NAME),

	/** A person's last (family) name. */
	LAST_NAME(SensitiveCategory.PERSON_NAME),

	/** Passwords, secrets, API keys and tokens. */
	CREDENTIAL(SensitiveCategory.CREDENTIAL),

	/** US driver's licence or state ID numbers. */
	DRIVERS_LICENSE(SensitiveCategory.DRIVERS_LICENSE),

	/** User names and logins. */
	USERNAME(SensitiveCategory.USERNAME),

	/** A whole postal address in one value ({@code 1 Main St, Austin, TX 78701}). */
	ADDRESS(SensitiveCategory.POSTAL_ADDRESS),

	/** The street line of a postal address. */
	STREET(SensitiveCategory.POSTAL_ADDRESS),

	/** The city of a postal address. */
	CITY(SensitiveCategory.POSTAL_ADDRESS),

	/** The US state (or province) of a postal address. */
	STATE(SensitiveCategory.POSTAL_ADDRESS),

	/** The ZIP or postal code of a postal address. */
	POSTAL_CODE(SensitiveCategory.POSTAL_ADDRESS),

	/** The country of a postal address. */
	COUNTRY(SensitiveCategory.POSTAL_ADDRESS),

	/** Nothing the header tells about. */
	OTHER(null);

	private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

	private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[^a-z0-9#]+");

	private static final Pattern JOIN_SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private static final Set<String> NOT_PERSON = Set.of("bank", "company", "file", "filename", "institution",
			"business", "user", "username", "host", "hostname", "product", "branch", "merchant", "org", "organization",
			"employer", "street", "city", "vendor", "plan", "field", "column", "server", "domain", "program", "event");

	private static final Set<String> NOT_ACCOUNT = Set.of("type", "status", "balance", "date", "opened", "closed",
			"count", "holder", "name", "manager", "officer", "limit", "code", "class");

	private static final Set<String> NOT_CARD = Set.of("type", "exp", "expiry", "expiration", "brand", "holder", "name",
			"cvv", "cvc", "status", "count", "issuer", "limit");

	private final SensitiveCategory category;

	ColumnKind(SensitiveCategory category) {
		this.category = category;
	}

	/**
	 * The category the cells of such a column are reported as.
	 * @return the category, or {@code null} for {@link #OTHER}
	 */
	public SensitiveCategory category() {
		return this.category;
	}

	/**
	 * The kind of a column from its header text.
	 * @param header the header cell
	 * @return the kind, {@link #OTHER} when the header says nothing known
	 */
	public static ColumnKind fromHeader(String header) {
		String spaced = CAMEL.matcher(header).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
		Set<String> tokens = new HashSet<>(Arrays.asList(TOKEN_SEPARATORS.split(spaced)));
		tokens.remove("");
		String joined = String.join("", JOIN_SEPARATORS.split(spaced));
		if (tokens.contains("routing") || tokens.contains("aba") || tokens.contains("rtn") || joined.contains("routing")
				|| joined.contains("transit")) {
			return ROUTING_NUMBER;
		}
		if (tokens.contains("ssn") || tokens.contains("social") || tokens.contains("tin") || joined.contains("taxid")
				|| joined.contains("socialsecurity") || joined.startsWith("ssn")) {
			return SSN;
		}
		if (tokens.contains("dob") || joined.contains("birth")) {
			return DATE_OF_BIRTH;
		}
		boolean cardWord = tokens.contains("card") || tokens.contains("pan") || tokens.contains("cc")
				|| tokens.contains("ccn") || joined.contains("cardnumber") || joined.contains("creditcard");
		if (cardWord && tokens.stream().noneMatch(NOT_CARD::contains)) {
			return PAYMENT_CARD;
		}
		if (joined.contains("email") || tokens.contains("mail")) {
			return EMAIL_ADDRESS;
		}
		if (tokens.contains("phone") || tokens.contains("tel") || tokens.contains("telephone")
				|| tokens.contains("mobile") || tokens.contains("cell") || tokens.contains("fax")
				|| joined.contains("phone")) {
			return PHONE_NUMBER;
		}
		boolean nameWord = tokens.contains("name") || joined.endsWith("name") || tokens.contains("surname")
				|| tokens.contains("holder") || joined.contains("holder");
		if (nameWord && tokens.stream().noneMatch(NOT_PERSON::contains)
				&& NOT_PERSON.stream().noneMatch(joined::startsWith)) {
			if (tokens.contains("first") || tokens.contains("given") || joined.startsWith("fname")
					|| joined.startsWith("firstname") || joined.startsWith("givenname")) {
				return FIRST_NAME;
			}
			if (tokens.contains("last") || tokens.contains("surname") || tokens.contains("family")
					|| joined.startsWith("lname") || joined.startsWith("lastname") || joined.startsWith("familyname")) {
				return LAST_NAME;
			}
			if (tokens.contains("middle")) {
				return OTHER;
			}
			return FULL_NAME;
		}
		boolean accountWord = tokens.contains("account") || tokens.contains("acct") || tokens.contains("dda")
				|| joined.contains("accountnumber") || joined.contains("acctno") || joined.contains("acctnum")
				|| joined.startsWith("account") || joined.startsWith("acct");
		if (accountWord && tokens.stream().noneMatch(NOT_ACCOUNT::contains)) {
			return BANK_ACCOUNT;
		}
		return OTHER;
	}

}
