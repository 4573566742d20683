package com.breachimpact.protection;

/**
 * Masked forms of sensitive values: what may be printed, logged and stored. A masked form
 * never holds more than the last four characters of a value.
 */
public final class Masking {

	private static final char MASK = '*';

	private Masking() {
	}

	/**
	 * Mask all but the last four letters and digits of a value, dropping its separators:
	 * {@code 123-45-6789} becomes {@code *****6789}. Values of six characters or fewer
	 * keep only their last two.
	 * @param value the clear value
	 * @return the masked form
	 */
	public static String lastFour(CharSequence value) {
		StringBuilder alnum = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				alnum.append(c);
			}
		}
		int keep = (alnum.length() > 6) ? 4 : Math.min(2, alnum.length() / 2);
		return String.valueOf(MASK).repeat(alnum.length() - keep) + alnum.substring(alnum.length() - keep);
	}

	/**
	 * {@link #lastFour(CharSequence)} of the characters {@code value[from, to)}.
	 * @param value the characters of the clear value
	 * @param from the first character
	 * @param to the end (exclusive)
	 * @return the masked form
	 */
	public static String lastFour(char[] value, int from, int to) {
		char[] alnum = new char[to - from];
		int length = 0;
		for (int i = from; i < to; i++) {
			char c = value[i];
			if (Character.isLetterOrDigit(c)) {
				alnum[length++] = c;
			}
		}
		int keep = (length > 6) ? 4 : Math.min(2, length / 2);
		for (int i = 0; i < length - keep; i++) {
			alnum[i] = MASK;
		}
		return new String(alnum, 0, length);
	}

	/**
	 * Mask the local part of an e-mail address, keeping its first character and the
	 * domain: {@code jane.doe@bank.com} becomes {@code j***@bank.com}.
	 * @param address the clear address
	 * @return the masked form
	 */
	public static String email(String address) {
		int at = address.lastIndexOf('@');
		if (at <= 0) {
			return lastFour(address);
		}
		return address.charAt(0) + "***" + address.substring(at);
	}

	/**
	 * Mask an account or user name the way an e-mail address is masked: its first
	 * character and, for an address, the domain; {@code svc_backup} becomes {@code s***},
	 * {@code ops@bank.example} becomes {@code o***@bank.example}.
	 * @param account the clear account name
	 * @return the masked form
	 */
	public static String account(String account) {
		if (account.indexOf('@') > 0) {
			return email(account);
		}
		int first = account.codePointAt(0);
		return (Character.isLetterOrDigit(first) ? new String(Character.toChars(first)) : "*") + "***";
	}

	/**
	 * A fully masked form that keeps only the length class of a secret such as a password
	 * or a key: nothing of the value itself.
	 * @param kind a short word naming the secret
	 * @return the masked form
	 */
	public static String secret(String kind) {
		return "[" + kind + " redacted]";
	}

}
