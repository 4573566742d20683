package com.breachimpact.classification;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the secrets of configuration files that {@link CredentialRecognizer} (key,
 * then {@code =} or {@code :}) does not: XML elements and app settings
 * ({@code <password>...</password>}, {@code <add key="DbPassword" value="..."/>}),
 * {@code token} and {@code private_key} keys, the password of a URL
 * ({@code postgres://user:pass@host}), {@code .netrc} entries
 * ({@code machine h login u password p}) and PuTTY private keys ({@code .ppk}).
 * Placeholders ({@code ****}, {@code changeme}, {@code ${VAR}}, {@code <password>},
 * empty) do not count. Secrets are {@link SensitiveCategory#CREDENTIAL} (a PuTTY key
 * {@link SensitiveCategory#PRIVATE_KEY}), masked as a {@link CredentialLabel}: the kind
 * of secret with the account and host the text names. One pass over the text, each
 * pattern tried only at its first char within a bounded region.
 */
public final class ConfigSecretRecognizer implements SensitiveDataRecognizer {

	private static final int REGION = 400;

	private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z_][A-Za-z0-9_.:-]{0,60})>([^<\\n]{0,200})</\\1>");

	private static final Pattern APP_SETTING = Pattern.compile(
			"<(?:add|entry|setting|property)\\s+(?:key|name)\\s*=\\s*\"([^\"]{1,60})\"\\s+value\\s*=\\s*\"([^\"]{0,200})\"",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern KEY_ASSIGNMENT = Pattern.compile(
			"(token|private[_-]?key|privatekey)[\"']?[ \\t]{0,3}(?::=|=>|:|=)[ \\t]{0,3}[\"']?([^\\s\"'<>;,&]{1,400})",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern URL = Pattern
		.compile("://([^\\s:/@\"'<>]{1,64}):([^\\s@/\"'<>]{1,200})@([A-Za-z0-9][A-Za-z0-9._-]{0,252})");

	private static final Pattern NETRC = Pattern.compile(
			"machine\\s{1,20}(\\S{1,253})\\s{1,20}login\\s{1,20}(\\S{1,64})\\s{1,20}password\\s{1,20}(\\S{1,200})");

	private static final Pattern PUTTY = Pattern.compile("PuTTY-User-Key-File-[23]: (\\S{1,40})\\r?\\n"
			+ "Encryption: (\\S{1,40})\\r?\\nComment: ([^\\r\\n]{0,200})\\r?\\n"
			+ "Public-Lines: [0-9]{1,3}\\r?\\n(?:[A-Za-z0-9+/=]{1,128}\\r?\\n){1,40}"
			+ "(?:Key-Derivation:[^\\n]{0,100}\\n(?:Argon2-[A-Za-z]{1,20}:[^\\n]{0,200}\\n){0,6})?"
			+ "Private-Lines: [0-9]{1,3}\\r?\\n((?:[A-Za-z0-9+/=]{1,128}\\r?\\n?){1,80})");

	private static final List<String> SECRET_KEYS = List.of("password", "passwd", "pwd", "passphrase", "secret",
			"apikey", "token", "privatekey", "secretkey");

	private final FindingEmitter emitter;

	/**
	 * A recognizer.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public ConfigSecretRecognizer(FindingEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void scan(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		int length = chars.length();
		Matcher element = ELEMENT.matcher(chars).useTransparentBounds(true);
		Matcher setting = APP_SETTING.matcher(chars).useTransparentBounds(true);
		Matcher key = KEY_ASSIGNMENT.matcher(chars).useTransparentBounds(true);
		Matcher url = URL.matcher(chars).useTransparentBounds(true);
		Matcher netrc = NETRC.matcher(chars).useTransparentBounds(true);
		Matcher putty = PUTTY.matcher(chars).useTransparentBounds(true);
		int i = 0;
		while (i < length) {
			char c = chars.charAt(i);
			int next = i + 1;
			if (c == '<') {
				next = xml(text, sink, element, setting, i);
			}
			else if (c == ':' && i + 2 < length && chars.charAt(i + 1) == '/' && chars.charAt(i + 2) == '/') {
				next = url(text, sink, url, i);
			}
			else if (c == 'm' && ScanText.startsWith(chars, i, "machine") && wordStart(chars, i)) {
				next = netrc(text, sink, netrc, i);
			}
			else if (c == 'P' && ScanText.startsWith(chars, i, "PuTTY-") && wordStart(chars, i)) {
				next = putty(text, sink, putty, i);
			}
			else if ((c == 't' || c == 'T' || c == 'p' || c == 'P') && keyStart(chars, i)) {
				next = keyAssignment(text, sink, key, i);
			}
			i = Math.max(next, i + 1);
		}
	}

	private int xml(ScanText text, FindingSink sink, Matcher element, Matcher setting, int at) {
		if (lookingAt(element, at, text.length()) && secretKey(element.group(1))) {
			secret(text, sink, element.group(1), element.group(2).strip(), element.start(2));
			return element.end();
		}
		if (lookingAt(setting, at, text.length()) && secretKey(setting.group(1))) {
			secret(text, sink, setting.group(1), setting.group(2).strip(), setting.start(2));
			return setting.end();
		}
		return at + 1;
	}

	private int keyAssignment(ScanText text, FindingSink sink, Matcher key, int at) {
		if (!lookingAt(key, at, text.length())) {
			return at + 1;
		}
		String value = key.group(2);
		boolean privateKey = key.group(1).toLowerCase(Locale.ROOT).startsWith("private");
		if (privateKey && (value.startsWith("-----") || looksLikePath(value))) {
			return key.end();
		}
		if (value.length() >= 8) {
			secret(text, sink, key.group(1), value, key.start(2));
		}
		return key.end();
	}

	private int url(ScanText text, FindingSink sink, Matcher url, int at) {
		if (!lookingAt(url, at, text.length())) {
			return at + 1;
		}
		String password = url.group(2);
		if (!placeholder(password)) {
			String masked = CredentialContext.of(text, url.start(2)).label("password").masked();
			this.emitter.emit(sink, text, SensitiveCategory.CREDENTIAL, password, masked, url.start(2), 0.9, null);
		}
		return url.end();
	}

	private int netrc(ScanText text, FindingSink sink, Matcher netrc, int at) {
		if (!lookingAt(netrc, at, text.length())) {
			return at + 1;
		}
		String password = netrc.group(3);
		if (!placeholder(password)) {
			String masked = CredentialLabel.of("password", netrc.group(2), netrc.group(1)).masked();
			this.emitter.emit(sink, text, SensitiveCategory.CREDENTIAL, password, masked, netrc.start(3), 0.9, null);
		}
		return netrc.end();
	}

	private int putty(ScanText text, FindingSink sink, Matcher putty, int at) {
		putty.region(at, Math.min(text.length(), at + 16_384));
		if (!putty.lookingAt()) {
			return at + 1;
		}
		String comment = putty.group(3).strip();
		int atSign = comment.indexOf('@');
		String account = (atSign > 0) ? comment.substring(0, atSign) : null;
		String host = (atSign > 0) ? comment.substring(atSign + 1) : null;
		String body = putty.group(4).replaceAll("\\s", "");
		this.emitter.emit(sink, text, SensitiveCategory.PRIVATE_KEY, body,
				CredentialLabel.of("putty private key", account, host).masked(), at, 0.95, null);
		return putty.end();
	}

	private void secret(ScanText text, FindingSink sink, String key, String value, int offset) {
		if (placeholder(value) || value.length() < 4) {
			return;
		}
		String kind = kindOf(ColumnVocabulary.fold(key));
		String masked = CredentialContext.of(text, offset).label(kind).masked();
		this.emitter.emit(sink, text, SensitiveCategory.CREDENTIAL, value, masked, offset, 0.85, null);
	}

	private static boolean lookingAt(Matcher matcher, int at, int length) {
		matcher.region(at, Math.min(length, at + REGION));
		return matcher.lookingAt();
	}

	/**
	 * Whether a key name ends with a secret's name ({@code DbPassword},
	 * {@code client_secret}).
	 */
	static boolean secretKey(String name) {
		String folded = ColumnVocabulary.fold(name);
		for (String key : SECRET_KEYS) {
			if (folded.endsWith(key)) {
				return true;
			}
		}
		return false;
	}

	private static String kindOf(String folded) {
		if (folded.endsWith("token")) {
			return "token";
		}
		if (folded.endsWith("privatekey")) {
			return "private key";
		}
		if (folded.endsWith("apikey")) {
			return "api key";
		}
		if (folded.endsWith("secret") || folded.endsWith("secretkey")) {
			return "secret";
		}
		return "password";
	}

	private static boolean placeholder(String value) {
		return value.isBlank() || value.startsWith("<") || CredentialRecognizer.isPlaceholder(value);
	}

	private static boolean looksLikePath(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return lower.indexOf('/') >= 0 || lower.indexOf('\\') >= 0 || lower.endsWith(".pem") || lower.endsWith(".key")
				|| lower.endsWith(".ppk");
	}

	private static boolean wordStart(CharSequence chars, int i) {
		return i == 0 || !Character.isLetterOrDigit(chars.charAt(i - 1));
	}

	/** Where a {@code token} or {@code private_key} key may start: not inside a word. */
	private static boolean keyStart(CharSequence chars, int i) {
		if (i > 0) {
			char before = chars.charAt(i - 1);
			if (Character.isLetterOrDigit(before) || before == '_' || before == '-') {
				return false;
			}
		}
		char c = Character.toLowerCase(chars.charAt(i));
		return (c == 't' && startsWithLowered(chars, i, "token"))
				|| (c == 'p' && startsWithLowered(chars, i, "private"));
	}

	/**
	 * Whether the text, each char lowered, holds a lower-case word at a position;
	 * compared in place.
	 */
	private static boolean startsWithLowered(CharSequence chars, int at, String word) {
		if (at + word.length() > chars.length()) {
			return false;
		}
		for (int k = 0; k < word.length(); k++) {
			if (Character.toLowerCase(chars.charAt(at + k)) != word.charAt(k)) {
				return false;
			}
		}
		return true;
	}

}
