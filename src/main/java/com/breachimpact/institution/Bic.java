package com.breachimpact.institution;

import java.util.Set;

/**
 * Business identifier codes (BIC, SWIFT codes) of ISO 9362: four letters for the
 * institution, an ISO 3166-1 alpha-2 country code, two letters or digits for the location
 * and an optional branch of three letters or digits. The first eight characters identify
 * the institution: {@code DEUTDEFF} covers its branches {@code DEUTDEFF500} and
 * {@code DEUTDEFFXXX} (the head office).
 */
public final class Bic {

	/** ISO 3166-1 alpha-2 codes, plus XK (Kosovo) which SWIFT assigns. */
	private static final Set<String> COUNTRIES = Set
		.of(("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF "
				+ "BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
				+ "DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT "
				+ "GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA "
				+ "LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC "
				+ "NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD "
				+ "SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG "
				+ "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK")
			.split(" "));

	private static final boolean[] COUNTRY_TABLE = new boolean[26 * 26];

	static {
		for (String country : COUNTRIES) {
			COUNTRY_TABLE[(country.charAt(0) - 'A') * 26 + (country.charAt(1) - 'A')] = true;
		}
	}

	private Bic() {
	}

	/**
	 * Whether a value is a well-formed BIC: 8 or 11 upper-case characters, the first four
	 * letters, then a known country code, then letters or digits.
	 * @param value the candidate (may be {@code null})
	 * @return {@code true} when valid
	 */
	public static boolean isValid(CharSequence value) {
		return value != null && isValid(value, 0, value.length());
	}

	/**
	 * Whether {@code text[start, end)} is a well-formed BIC.
	 * @param text the text
	 * @param start first character
	 * @param end end of the candidate (exclusive)
	 * @return {@code true} when valid
	 */
	static boolean isValid(CharSequence text, int start, int end) {
		int length = end - start;
		if (length != 8 && length != 11) {
			return false;
		}
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = text.charAt(start + i);
		}
		return isValid(chars, 0, length);
	}

	/**
	 * Whether {@code chars[start, end)} is a well-formed BIC.
	 * @param chars the characters
	 * @param start first character
	 * @param end end of the candidate (exclusive)
	 * @return {@code true} when valid
	 */
	static boolean isValid(char[] chars, int start, int end) {
		int length = end - start;
		if (length != 8 && length != 11) {
			return false;
		}
		for (int i = 0; i < 6; i++) {
			if (!isUpper(chars[start + i])) {
				return false;
			}
		}
		for (int i = 6; i < length; i++) {
			char c = chars[start + i];
			if (!isUpper(c) && !(c >= '0' && c <= '9')) {
				return false;
			}
		}
		return isCountry(chars[start + 4], chars[start + 5]);
	}

	/**
	 * Whether two upper-case letters form an ISO 3166-1 alpha-2 country code.
	 * @param first the first letter
	 * @param second the second letter
	 * @return {@code true} for a known code
	 */
	static boolean isCountry(char first, char second) {
		if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
			return false;
		}
		return COUNTRY_TABLE[(first - 'A') * 26 + (second - 'A')];
	}

	/**
	 * The institution part of a BIC: its first eight characters, so that a BIC compares
	 * equal to its branches and {@code XXX} equals the 8-character form.
	 * @param bic a valid BIC
	 * @return the first eight characters
	 * @throws IllegalArgumentException when the BIC is not valid
	 */
	public static String institutionPart(CharSequence bic) {
		if (!isValid(bic)) {
			throw new IllegalArgumentException("Not a valid BIC (" + ((bic != null) ? bic.length() : 0) + " chars)");
		}
		return bic.subSequence(0, 8).toString();
	}

	/** The number of country codes known, for tests. */
	static int countryCount() {
		return COUNTRIES.size();
	}

	private static boolean isUpper(char c) {
		return c >= 'A' && c <= 'Z';
	}

}
