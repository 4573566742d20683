package com.breachimpact.sample;

import java.util.Locale;

/**
 * Computes the check digits of the identifiers the sample generators invent: ABA routing
 * numbers, LEIs and IBANs.
 */
final class CheckDigits {

	private CheckDigits() {
	}

	/**
	 * Complete an ABA routing number with its 3-7-1 check digit.
	 * @param firstEight the first eight digits
	 * @return the nine-digit routing number
	 */
	static String aba(String firstEight) {
		if (!firstEight.matches("[0-9]{8}")) {
			throw new IllegalArgumentException("Routing prefix must be 8 digits: " + firstEight);
		}
		int[] weights = { 3, 7, 1, 3, 7, 1, 3, 7 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += weights[i] * (firstEight.charAt(i) - '0');
		}
		return firstEight + ((10 - sum % 10) % 10);
	}

	/**
	 * Complete an LEI with its two ISO 7064 mod 97-10 check digits.
	 * @param firstEighteen the LOU prefix, the reserved characters and the entity part
	 * @return the twenty-character LEI
	 */
	static String lei(String firstEighteen) {
		if (!firstEighteen.matches("[0-9A-Z]{18}")) {
			throw new IllegalArgumentException("LEI body must be 18 characters: " + firstEighteen);
		}
		return firstEighteen + twoDigits(98 - mod97(firstEighteen + "00"));
	}

	/**
	 * Build an IBAN with its check digits.
	 * @param country the ISO 3166 country code
	 * @param bban the basic bank account number (bank code first)
	 * @return the IBAN, without spaces
	 */
	static String iban(String country, String bban) {
		String upper = bban.toUpperCase(Locale.ROOT);
		return country + twoDigits(98 - mod97(upper + country + "00")) + upper;
	}

	/**
	 * The remainder modulo 97 of an alphanumeric string read as a number, letters
	 * counting as 10 to 35.
	 * @param value digits and upper-case letters
	 * @return the remainder
	 */
	static int mod97(String value) {
		int remainder = 0;
		for (int i = 0; i < value.length(); i++) {
			int digit = Character.digit(value.charAt(i), 36);
			remainder = (digit < 10) ? (remainder * 10 + digit) % 97 : (remainder * 100 + digit) % 97;
		}
		return remainder;
	}

	private static String twoDigits(int value) {
		return (value < 10) ? "0" + value : Integer.toString(value);
	}

}
