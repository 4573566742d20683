package com.breachimpact.publiccorpus;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The check-digit and format rules of the identifiers, written for this test from the
 * standards (ABA 3-7-1 weights, ISO 13616 IBAN mod 97 and the IBAN registry's bank
 * identifier positions, ISO 9362 BIC form), so the truth does not go through the code
 * under test.
 */
final class IdentifierChecks {

	private static final int[] ABA_WEIGHTS = { 3, 7, 1, 3, 7, 1, 3, 7, 1 };

	private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

	/**
	 * Bank identifier of each country's IBAN that the samples use: start and end offsets
	 * in the IBAN (SWIFT IBAN registry, "Bank identifier position within the BBAN", plus
	 * the four leading characters).
	 */
	private static final Map<String, int[]> BANK_IDENTIFIER = Map.of("CH", new int[] { 4, 9 }, "FI", new int[] { 4, 7 },
			"BE", new int[] { 4, 7 }, "LT", new int[] { 4, 9 }, "IT", new int[] { 5, 10 });

	private IdentifierChecks() {
	}

	/**
	 * Whether nine digits are a routing number: a Federal Reserve routing symbol prefix
	 * (00-12, 21-32, 61-72, 80) and the ABA 3-7-1 check.
	 */
	static boolean isRoutingNumber(String value) {
		if (value == null || !value.matches("\\d{9}") || value.equals("000000000")) {
			return false;
		}
		int prefix = Integer.parseInt(value.substring(0, 2));
		if (!(prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix == 80)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += ABA_WEIGHTS[i] * (value.charAt(i) - '0');
		}
		return sum % 10 == 0;
	}

	/** The ABA check digit of eight digits, or -1 when they are not eight digits. */
	static int routingCheckDigit(String eight) {
		if (eight == null || !eight.matches("\\d{8}")) {
			return -1;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += ABA_WEIGHTS[i] * (eight.charAt(i) - '0');
		}
		return (10 - sum % 10) % 10;
	}

	/** Whether a value has the form of a BIC (8 or 11 characters). */
	static boolean isBic(String value) {
		return value != null && BIC.matcher(value).matches();
	}

	/** Whether a compact IBAN passes ISO 13616 mod 97. */
	static boolean isIban(String value) {
		if (value == null || !value.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}")) {
			return false;
		}
		String rearranged = value.substring(4) + value.substring(0, 4);
		StringBuilder digits = new StringBuilder();
		for (char c : rearranged.toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
	}

	/** {@code CC:code} of an IBAN of a country in {@link #BANK_IDENTIFIER}, or null. */
	static String ibanBankCode(String iban) {
		int[] position = BANK_IDENTIFIER.get(iban.substring(0, 2));
		return (position == null) ? null : iban.substring(0, 2) + ":" + iban.substring(position[0], position[1]);
	}

	/** The domain of an e-mail address, lower case, or null. */
	static String domainOf(String address) {
		int at = address.lastIndexOf('@');
		if (at < 1 || at == address.length() - 1) {
			return null;
		}
		String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
		return domain.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+") ? domain : null;
	}

}
