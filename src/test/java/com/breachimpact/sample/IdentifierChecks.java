package com.breachimpact.sample;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks of identifier formats and check digits, written independently of the generators'
 * {@link CheckDigits} so that the two verify each other.
 */
final class IdentifierChecks {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern BIC = Pattern.compile("[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?");

	private static final Pattern LEI = Pattern.compile("[0-9A-Z]{18}[0-9]{2}");

	private static final Pattern IBAN = Pattern.compile("([A-Z]{2})[0-9]{2}[0-9A-Z]{11,30}");

	private static final Pattern DOMAIN = Pattern
		.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{1,62}");

	private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

	private IdentifierChecks() {
	}

	/**
	 * Whether a value is a nine-digit ABA routing number with a bank or thrift prefix
	 * (01-12, 21-32) and a valid 3-7-1 checksum.
	 * @param value the candidate
	 * @return whether it is valid
	 */
	static boolean isValidAba(String value) {
		if (value == null || !value.matches("[0-9]{9}")) {
			return false;
		}
		int prefix = Integer.parseInt(value.substring(0, 2));
		if (!((prefix >= 1 && prefix <= 12) || (prefix >= 21 && prefix <= 32))) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i += 3) {
			sum += 3 * (value.charAt(i) - '0') + 7 * (value.charAt(i + 1) - '0') + (value.charAt(i + 2) - '0');
		}
		return sum % 10 == 0;
	}

	/**
	 * Whether a value is an 8- or 11-character BIC with a real ISO 3166 country.
	 * @param value the candidate
	 * @return whether it is valid
	 */
	static boolean isValidBic(String value) {
		if (value == null) {
			return false;
		}
		var matcher = BIC.matcher(value);
		return matcher.matches() && COUNTRIES.contains(matcher.group(1));
	}

	/**
	 * Whether a value is a 20-character LEI valid under ISO 7064 mod 97-10.
	 * @param value the candidate
	 * @return whether it is valid
	 */
	static boolean isValidLei(String value) {
		return value != null && LEI.matcher(value).matches() && mod97(value) == 1;
	}

	/**
	 * Whether a value is an IBAN (no spaces) of a real country with valid check digits.
	 * @param value the candidate
	 * @return whether it is valid
	 */
	static boolean isValidIban(String value) {
		if (value == null) {
			return false;
		}
		var matcher = IBAN.matcher(value);
		return matcher.matches() && COUNTRIES.contains(matcher.group(1))
				&& mod97(value.substring(4) + value.substring(0, 4)) == 1;
	}

	/**
	 * Whether a value is a lower-case DNS domain name of at least two labels.
	 * @param value the candidate
	 * @return whether it is valid
	 */
	static boolean isValidDomain(String value) {
		return value != null && DOMAIN.matcher(value).matches();
	}

	/**
	 * Whether a value is a bank code as {@code CC:code}, CC a real country.
	 * @param value the candidate
	 * @return whether it is valid
	 */
	static boolean isValidIbanBankCode(String value) {
		return value != null && value.matches("[A-Z]{2}:[0-9A-Z]{1,12}") && COUNTRIES.contains(value.substring(0, 2));
	}

	/**
	 * Whether a value is an SSN in valid format: area 001-899 except 666, group 01-99,
	 * serial 0001-9999.
	 * @param value the candidate, as {@code AAA-GG-SSSS}
	 * @return whether it is valid
	 */
	static boolean isValidSsnFormat(String value) {
		if (value == null || !value.matches("[0-9]{3}-[0-9]{2}-[0-9]{4}")) {
			return false;
		}
		int area = Integer.parseInt(value.substring(0, 3));
		return area >= 1 && area <= 899 && area != 666 && !value.startsWith("00", 4) && !value.endsWith("0000");
	}

	private static int mod97(String value) {
		StringBuilder digits = new StringBuilder();
		for (char c : value.toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
	}

}
