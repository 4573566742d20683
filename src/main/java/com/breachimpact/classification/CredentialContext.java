package com.breachimpact.classification;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the line of a secret says it belongs to: the account ({@code user=},
 * {@code username:}, {@code User Id=}, {@code login=}, the user of a URL), the host or
 * service ({@code host=}, {@code server=}, {@code Data Source=}, {@code endpoint=}, the
 * host of a URL), and whether the secret sits in a connection string (a URL with a user,
 * a {@code jdbc:} URL, or {@code key=value;} pairs naming a server or database). Only the
 * secret's own line is read, at most {@value #REACH} characters either side, so another
 * record's account is never taken.
 *
 * @param account the account in clear as written, or {@code null}; callers mask it
 * @param host the host or service as written, or {@code null}
 * @param connectionString whether the secret is part of a connection string
 */
record CredentialContext(String account, String host, boolean connectionString) {

	static final int REACH = 400;

	private static final String VALUE = "[ \\t]{0,3}[\"']?[ \\t]{0,3}(?::=|=>|=|:)[ \\t]{0,3}[\"']?";

	private static final Pattern ACCOUNT = Pattern
		.compile("(?<![A-Za-z0-9_.])(?:user(?:[ _-]?(?:name|id))?|uid|login|account|principal)" + VALUE
				+ "([^\\s\"'<>;,&|)(\\[\\]{}]{1,64})", Pattern.CASE_INSENSITIVE);

	private static final Pattern HOST = Pattern
		.compile("(?<![A-Za-z0-9_.])(?:host(?:[ _-]?name)?|server|data[ _]source|endpoint|address|addr)" + VALUE
				+ "(?:tcp:)?([A-Za-z0-9][A-Za-z0-9._-]{0,252})", Pattern.CASE_INSENSITIVE);

	private static final Pattern URL = Pattern
		.compile("(?<![A-Za-z0-9+.-])([a-z][a-z0-9+.-]{1,20})://(?:([^\\s:/@\"'<>]{1,64})(?::[^\\s@/\"'<>]{0,200})?@)?"
				+ "([A-Za-z0-9][A-Za-z0-9._-]{0,252})", Pattern.CASE_INSENSITIVE);

	private static final Pattern CONNECTION_KEYS = Pattern.compile(
			"(?<![A-Za-z0-9_])(?:server|data[ _]source|host|database|initial[ _]catalog|dbname)[ \\t]{0,3}=[^;]{1,253};",
			Pattern.CASE_INSENSITIVE);

	private static final CredentialContext NONE = new CredentialContext(null, null, false);

	/**
	 * Read the context of a secret.
	 * @param text the scanned text
	 * @param offset the offset of the secret
	 * @return the context; empty parts when the line says nothing
	 */
	static CredentialContext of(ScanText text, long offset) {
		CharSequence chars = text.text();
		int at = (int) Math.max(0, Math.min(offset, chars.length()));
		int start = at;
		while (start > 0 && at - start < REACH && chars.charAt(start - 1) != '\n') {
			start--;
		}
		int end = at;
		while (end < chars.length() && end - at < REACH && chars.charAt(end) != '\n') {
			end++;
		}
		if (start == end) {
			return NONE;
		}
		String line = chars.subSequence(start, end).toString();
		String account = null;
		String host = null;
		boolean connection = false;
		Matcher url = URL.matcher(line);
		while (url.find()) {
			if (host == null) {
				host = url.group(3);
			}
			if (url.group(2) != null) {
				account = (account != null) ? account : url.group(2);
				connection = true;
			}
			connection |= url.group(1).toLowerCase(Locale.ROOT).startsWith("jdbc");
		}
		connection |= line.toLowerCase(Locale.ROOT).contains("jdbc:");
		Matcher accountKey = ACCOUNT.matcher(line);
		if (accountKey.find()) {
			account = accountKey.group(1);
		}
		Matcher hostKey = HOST.matcher(line);
		if (hostKey.find()) {
			host = hostKey.group(1);
		}
		connection |= CONNECTION_KEYS.matcher(line).find();
		return new CredentialContext(account, host, connection);
	}

	/**
	 * The label of a secret found with this context.
	 * @param kind the kind of secret the recognizer names
	 * @return the label
	 */
	CredentialLabel label(String kind) {
		return CredentialLabel.of(this.connectionString ? "connection string" : kind, this.account, this.host);
	}

}
