package com.breachimpact.classification;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breachimpact.protection.Masking;

/**
 * Recognizes secrets assigned to credential keys: {@code password=...},
 * {@code passwd: ...}, {@code "pwd": "..."}, {@code secret=...}, {@code api_key=...} and
 * similar, in properties, YAML, JSON, INI, URLs and prose. Placeholders ({@code ****},
 * {@code ${VAR}}, {@code <password>}, {@code changeme}, ...) are skipped. Findings carry
 * {@link SensitiveCategory#CREDENTIAL}; the masked value says only which kind of secret
 * it was ({@link Masking#secret(String)}) and, where its line says so, the account and
 * host it belongs to ({@link CredentialLabel}); a secret in a connection string is
 * labelled so. The canonical value is the secret.
 */
public final class CredentialRecognizer implements SensitiveDataRecognizer {

	private static final Pattern ASSIGNMENT = Pattern.compile("(?<![A-Za-z0-9])(passwords?|passwd|passphrase|pwd|pass"
			+ "|client[_-]?secret|secret[_-]?key|secret|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|access[_-]?token)"
			+ "(?![A-Za-z])[ \\t]{0,3}[\"']?[ \\t]{0,3}(?::=|=>|:|=)[ \\t]{0,3}[\"']?([^\\s\"'<>;,&]{1,200})",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> PLACEHOLDERS = Set.of("null", "none", "nil", "true", "false", "password", "passwd",
			"secret", "changeme", "redacted", "hidden", "required", "optional", "string", "empty", "undefined",
			"your_password", "yourpassword", "xxx", "n/a", "na", "tbd", "example", "masked", "removed", "value", "pwd",
			"pass", "api_key", "apikey", "token", "dummy");

	private static final ContextWords KEYS = ContextWords.of("password", "passwords", "passwd", "passphrase", "pass",
			"pwd", "secret", "client", "api", "apikey", "access", "auth");

	private static final int MAX_ASSIGNMENT = 300;

	private final FindingEmitter emitter;

	/**
	 * A recognizer.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public CredentialRecognizer(FindingEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void scan(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		Matcher matcher = ASSIGNMENT.matcher(chars);
		matcher.useTransparentBounds(true);
		int[] keyEnd = new int[1];
		int next = 0;
		int keyStart;
		while ((keyStart = KEYS.find(chars, next, chars.length(), keyEnd)) >= 0) {
			next = keyEnd[0];
			matcher.region(keyStart, Math.min(chars.length(), keyStart + MAX_ASSIGNMENT));
			if (!matcher.lookingAt()) {
				continue;
			}
			next = matcher.end();
			String key = matcher.group(1).toLowerCase(Locale.ROOT);
			String value = matcher.group(2);
			if (isPlaceholder(value)) {
				continue;
			}
			boolean weakKey = key.equals("pass") || key.equals("pwd");
			if (value.length() < (weakKey ? 6 : 4)) {
				continue;
			}
			double confidence = weakKey ? 0.6 : 0.75;
			if (value.length() >= 8 && mixedClasses(value)) {
				confidence += 0.15;
			}
			String masked = CredentialContext.of(text, matcher.start(2)).label(kindOf(key)).masked();
			this.emitter.emit(sink, text, SensitiveCategory.CREDENTIAL, value, masked, matcher.start(2), confidence,
					null);
		}
	}

	private static String kindOf(String key) {
		if (key.startsWith("pass") || key.equals("pwd")) {
			return "password";
		}
		if (key.startsWith("api") || key.startsWith("access")) {
			return "api key";
		}
		if (key.contains("token")) {
			return "token";
		}
		return "secret";
	}

	/**
	 * Whether a secret is a placeholder or masked ({@code ****}, {@code ${VAR}},
	 * {@code changeme}, ...) rather than a secret.
	 * @param value the value
	 * @return whether it does not count
	 */
	static boolean isPlaceholder(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		if (PLACEHOLDERS.contains(lower) || lower.startsWith("${") || lower.startsWith("{{") || lower.startsWith("%(")
				|| lower.startsWith("$(") || lower.startsWith("[") || lower.startsWith("(")
				|| lower.startsWith("<") && lower.endsWith(">")) {
			return true;
		}
		if (lower.length() > 1 && lower.charAt(0) == '$' && Character.isLetter(lower.charAt(1))) {
			return true; // an environment variable reference
		}
		char first = lower.charAt(0);
		if ((first == '*' || first == 'x' || first == '.' || first == '#' || first == '-' || first == '?')
				&& Checksums.allSame(lower)) {
			return true;
		}
		return false;
	}

	private static boolean mixedClasses(String value) {
		int classes = 0;
		boolean lower = false;
		boolean upper = false;
		boolean digit = false;
		boolean other = false;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			lower |= Character.isLowerCase(c);
			upper |= Character.isUpperCase(c);
			digit |= Character.isDigit(c);
			other |= !Character.isLetterOrDigit(c);
		}
		classes += lower ? 1 : 0;
		classes += upper ? 1 : 0;
		classes += digit ? 1 : 0;
		classes += other ? 1 : 0;
		return classes >= 2;
	}

}
