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
		String lower = line.toLowerCase(Locale.ROOT);
		String account = null;
		String host = null;
		boolean connection = lower.contains("jdbc:");
		// each pattern runs only where its key or "://" occurs, so that a long line of
		// findings costs a bounded amount of work per finding
		for (int scheme = lower.indexOf("://"); scheme > 0; scheme = lower.indexOf("://", scheme + 3)) {
			int from = scheme;
			while (from > 0 && scheme - from < 21 && isSchemeChar(lower.charAt(from - 1))) {
				from--;
			}
			Matcher url = URL.matcher(line).region(from, line.length()).useTransparentBounds(true);
			if (from < scheme && url.lookingAt()) {
				host = (host != null) ? host : url.group(3);
				if (url.group(2) != null) {
					account = (account != null) ? account : url.group(2);
					connection = true;
				}
				connection |= url.group(1).toLowerCase(Locale.ROOT).startsWith("jdbc");
			}
		}
		if (containsAny(lower, "user", "uid", "login", "account", "principal")) {
			Matcher accountKey = ACCOUNT.matcher(line);
			if (accountKey.find()) {
				account = accountKey.group(1);
			}
		}
		if (containsAny(lower, "host", "server", "source", "endpoint", "addr")) {
			Matcher hostKey = HOST.matcher(line);
			if (hostKey.find()) {
				host = hostKey.group(1);
			}
		}
		if (line.indexOf(';') >= 0 && containsAny(lower, "server", "source", "host", "database", "catalog", "dbname")) {
			connection |= CONNECTION_KEYS.matcher(line).find();
		}
		return new CredentialContext(account, host, connection);
	}

	private static boolean isSchemeChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
	}

	private static boolean containsAny(String text, String... words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
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
