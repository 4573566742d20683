package com.breachimpact.persons;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.breachimpact.classification.SensitiveCategory;

/**
 * The data elements breach notification laws name, as the rules file spells them
 * ({@code name}, {@code ssn}, {@code drivers-license}, ...).
 */
public enum DataElement {

	/** A person's name. */
	NAME,

	/** A social security number. */
	SSN,

	/** A driver's licence or state ID number. */
	DRIVERS_LICENSE,

	/** A financial account number. */
	ACCOUNT,

	/** A payment card number (or its track data). */
	CARD,

	/** A password, PIN, access or security code. */
	ACCESS_CODE,

	/** A user name or login. */
	USERNAME,

	/** An e-mail address. */
	EMAIL,

	/** A date of birth. */
	DOB,

	/** A postal address. */
	ADDRESS,

	/** A phone number. */
	PHONE;

	/**
	 * The name of the element in the rules file.
	 * @return such as {@code drivers-license}
	 */
	public String code() {
		return Codes.CODES[ordinal()];
	}

	/**
	 * The element of a rules-file name.
	 * @param code such as {@code drivers-license}
	 * @return the element, or {@code null} when there is none of that name
	 */
	public static DataElement ofCode(String code) {
		return Codes.BY_CODE.get(code);
	}

	/** The codes of the elements, computed once (person records hold one per element). */
	private static final class Codes {

		private static final String[] CODES = Arrays.stream(values())
			.map((element) -> element.name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.toArray(String[]::new);

		private static final Map<String, DataElement> BY_CODE = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap((element) -> CODES[element.ordinal()], Function.identity()));

	}

	/**
	 * The element a category of sensitive data is.
	 * @param category the category
	 * @return the element, or {@code null} when the category is no personal data element
	 * (routing numbers, private keys, tokens)
	 */
	public static DataElement of(SensitiveCategory category) {
		return switch (category) {
			case PERSON_NAME -> NAME;
			case SSN -> SSN;
			case DRIVERS_LICENSE -> DRIVERS_LICENSE;
			case BANK_ACCOUNT -> ACCOUNT;
			case PAYMENT_CARD, TRACK_DATA -> CARD;
			case CREDENTIAL -> ACCESS_CODE;
			case USERNAME -> USERNAME;
			case EMAIL_ADDRESS -> EMAIL;
			case DATE_OF_BIRTH -> DOB;
			case POSTAL_ADDRESS -> ADDRESS;
			case PHONE_NUMBER -> PHONE;
			case ROUTING_NUMBER, PRIVATE_KEY, API_TOKEN -> null;
		};
	}

}
