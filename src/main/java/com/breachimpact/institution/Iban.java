package com.breachimpact.institution;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * International bank account numbers of ISO 13616: a country code, two check digits and a
 * country-specific BBAN whose length the IBAN registry fixes; the number moved four
 * characters to the left, letters read as 10 to 35, is 1 modulo 97. The canonical form
 * has no spaces and upper-case letters.
 */
public final class Iban {

	/** IBAN length per country (SWIFT IBAN registry). */
	private static final Map<String, Integer> LENGTHS = new HashMap<>();

	/**
	 * Where the bank identifier lies in the IBAN: {start, end} (0-based, exclusive end).
	 */
	private static final Map<String, int[]> BANK_CODES = new HashMap<>();

	static {
		String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 "
				+ "DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 "
				+ "IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 "
				+ "NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 "
				+ "ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
		for (String entry : table.split(" ")) {
			LENGTHS.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
		}
		// bank identifier positions within the whole IBAN (country and check digits are
		// 0-3)
		BANK_CODES.put("DE", new int[] { 4, 12 }); // Bankleitzahl
		BANK_CODES.put("FR", new int[] { 4, 9 }); // code banque
		BANK_CODES.put("MC", new int[] { 4, 9 }); // as FR
		BANK_CODES.put("GB", new int[] { 4, 8 }); // first four letters of the BIC
		BANK_CODES.put("IE", new int[] { 4, 8 }); // first four letters of the BIC
		BANK_CODES.put("NL", new int[] { 4, 8 }); // first four letters of the BIC
		BANK_CODES.put("ES", new int[] { 4, 8 }); // entidad
		BANK_CODES.put("IT", new int[] { 5, 10 }); // ABI, after the CIN letter
		BANK_CODES.put("CH", new int[] { 4, 9 }); // IID / clearing number
		BANK_CODES.put("LI", new int[] { 4, 9 }); // as CH
		BANK_CODES.put("BE", new int[] { 4, 7 }); // bank code
		BANK_CODES.put("AT", new int[] { 4, 9 }); // Bankleitzahl
		BANK_CODES.put("LU", new int[] { 4, 7 }); // bank code
		BANK_CODES.put("PT", new int[] { 4, 8 }); // código do banco
	}

	private static final int[] LENGTH_TABLE = new int[26 * 26];

	private static final int[][] BANK_CODE_TABLE = new int[26 * 26][];

	static {
		BANK_CODES.forEach((country,
				position) -> BANK_CODE_TABLE[(country.charAt(0) - 'A') * 26 + (country.charAt(1) - 'A')] = position);
		LENGTHS.forEach(
				(country, length) -> LENGTH_TABLE[(country.charAt(0) - 'A') * 26 + (country.charAt(1) - 'A')] = length);
	}

	private Iban() {
	}

	/**
	 * Whether a value is a valid IBAN, with or without single spaces between groups of
	 * four characters.
	 * @param value the candidate (may be {@code null})
	 * @return {@code true} when its canonical form has the length of its country and a
	 * valid check
	 */
	public static boolean isValid(CharSequence value) {
		String canonical = canonical(value);
		return canonical != null && isValidCanonical(canonical, 0, canonical.length());
	}

	/**
	 * The canonical form of a value (spaces removed), or {@code null} when it holds other
	 * characters than upper-case letters, digits and spaces.
	 * @param value the candidate (may be {@code null})
	 * @return the canonical form or {@code null}
	 */
	static String canonical(CharSequence value) {
		if (value == null || value.length() > 64) {
			return null;
		}
		StringBuilder canonical = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
				canonical.append(c);
			}
			else if (c != ' ') {
				return null;
			}
		}
		return canonical.toString();
	}

	/**
	 * The IBAN length of a country.
	 * @param first first letter of the country code
	 * @param second second letter
	 * @return the length, or 0 for a country without IBAN
	 */
	static int lengthOf(char first, char second) {
		if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
			return 0;
		}
		return LENGTH_TABLE[(first - 'A') * 26 + (second - 'A')];
	}

	/**
	 * Whether {@code text[start, end)}, without spaces, is a valid IBAN.
	 * @param text the text
	 * @param start first character
	 * @param end end (exclusive)
	 * @return {@code true} when valid
	 */
	static boolean isValidCanonical(CharSequence text, int start, int end) {
		int length = end - start;
		if (length < 15 || length > 34) {
			return false;
		}
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = text.charAt(start + i);
		}
		return isValidCanonical(chars, 0, length);
	}

	/**
	 * Whether {@code chars[start, end)} is a valid IBAN without spaces.
	 * @param chars the characters
	 * @param start first character
	 * @param end end (exclusive)
	 * @return {@code true} when valid
	 */
	static boolean isValidCanonical(char[] chars, int start, int end) {
		int length = end - start;
		if (length < 15 || length > 34) {
			return false;
		}
		char c0 = chars[start];
		char c1 = chars[start + 1];
		if (!isUpper(c0) || !isUpper(c1) || !isDigit(chars[start + 2]) || !isDigit(chars[start + 3])) {
			return false;
		}
		if (lengthOf(c0, c1) != length) {
			return false;
		}
		// the number moved four characters to the left
		long remainder = Mod97.append(0, chars, start + 4, end);
		if (remainder >= 0) {
			remainder = Mod97.append(remainder, chars, start, start + 4);
		}
		return remainder >= 0 && remainder % 97 == 1;
	}

	/**
	 * The bank identifier an IBAN carries, as {@code CC:code} (e.g. {@code DE:37040044},
	 * {@code GB:WEST}), for the countries whose bank code position is known: DE, FR, MC,
	 * GB, IE, NL, ES, IT, CH, LI, BE, AT, LU, PT. For GB, IE and NL the code is the first
	 * four letters of the bank's BIC.
	 * @param iban the IBAN, with or without spaces
	 * @return the bank code, or empty when the IBAN is not valid or its country's bank
	 * code position is unknown
	 */
	public static Optional<String> bankCode(CharSequence iban) {
		String canonical = canonical(iban);
		if (canonical == null || !isValidCanonical(canonical, 0, canonical.length())) {
			return Optional.empty();
		}
		return Optional.ofNullable(bankCodeOfValid(canonical));
	}

	/**
	 * The bank code of a valid canonical IBAN, or {@code null} when unknown.
	 * @param canonical a valid IBAN without spaces
	 * @return {@code CC:code} or {@code null}
	 */
	static String bankCodeOfValid(String canonical) {
		String country = canonical.substring(0, 2);
		int[] position = BANK_CODES.get(country);
		return (position != null) ? country + ":" + canonical.substring(position[0], position[1]) : null;
	}

	/**
	 * Where the bank code lies in a valid IBAN of a country.
	 * @param first first letter of the country code
	 * @param second second letter
	 * @return {start, end} within the IBAN, or null when unknown
	 */
	static int[] bankCodePosition(char first, char second) {
		return BANK_CODE_TABLE[(first - 'A') * 26 + (second - 'A')];
	}

	/**
	 * Whether the bank code position of a country is known.
	 * @param country an ISO 3166-1 alpha-2 code
	 * @return {@code true} when {@link #bankCode} can answer for that country
	 */
	static boolean knowsBankCode(String country) {
		return BANK_CODES.containsKey(country);
	}

	private static boolean isUpper(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
