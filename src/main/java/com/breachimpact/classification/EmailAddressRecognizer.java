package com.breachimpact.classification;

import java.util.Locale;
import java.util.Set;

import com.breachimpact.protection.Masking;

/**
 * Recognizes e-mail addresses of individuals: a local part of at most 64 characters,
 * {@code @}, and a domain of at least two labels ending in an alphabetic top-level
 * domain. Role addresses ({@code info@}, {@code noreply@}, {@code support@}, ...) get a
 * confidence under the default floor; reserved example domains and file names such as
 * {@code logo@2x.png} are rejected. Findings carry
 * {@link SensitiveCategory#EMAIL_ADDRESS}, masked with {@link Masking#email(String)}; the
 * canonical value is the lower-cased address. The scan looks only around {@code @} signs
 * and does bounded work at each.
 */
public final class EmailAddressRecognizer implements SensitiveDataRecognizer {

	private static final int MAX_LOCAL = 64;

	private static final int MAX_DOMAIN = 253;

	private static final Set<String> ROLE_LOCAL_PARTS = Set.of("info", "noreply", "no-reply", "donotreply",
			"do-not-reply", "support", "admin", "administrator", "postmaster", "webmaster", "hostmaster", "abuse",
			"sales", "billing", "help", "helpdesk", "contact", "security", "root", "mailer-daemon", "notifications",
			"notification", "alerts", "service", "customerservice", "team", "office", "marketing", "news", "newsletter",
			"operations", "ops", "it", "accounts", "payments", "compliance", "privacy", "legal");

	private static final Set<String> FILE_SUFFIXES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "css", "js",
			"html", "pdf", "txt", "zip", "log", "xml", "json");

	private final FindingEmitter emitter;

	/**
	 * A recognizer.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public EmailAddressRecognizer(FindingEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void scan(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		int length = chars.length();
		for (int at = 0; at < length; at++) {
			if (chars.charAt(at) != '@') {
				continue;
			}
			int start = at;
			while (start > 0 && at - start < MAX_LOCAL + 1 && isLocalChar(chars.charAt(start - 1))) {
				start--;
			}
			if (start == at || (at - start > MAX_LOCAL) || chars.charAt(start) == '.' || chars.charAt(at - 1) == '.') {
				continue;
			}
			int end = at + 1;
			while (end < length && end - at <= MAX_DOMAIN && isDomainChar(chars.charAt(end))) {
				end++;
			}
			while (end > at + 1 && (chars.charAt(end - 1) == '.' || chars.charAt(end - 1) == '-')) {
				end--;
			}
			if (end - at - 1 > MAX_DOMAIN || !validDomain(chars, at + 1, end)) {
				continue;
			}
			String address = chars.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
			String local = address.substring(0, at - start);
			String domain = address.substring(at - start + 1);
			if (reserved(domain)) {
				continue;
			}
			double confidence = ROLE_LOCAL_PARTS.contains(local) ? 0.35 : 0.8;
			this.emitter.emit(sink, text, SensitiveCategory.EMAIL_ADDRESS, address, Masking.email(address), start,
					confidence, null);
			at = end - 1;
		}
	}

	/**
	 * Whether a string is, as a whole, a syntactically valid e-mail address of the form
	 * this recognizer accepts.
	 * @param value the candidate
	 * @return whether it is an address
	 */
	public static boolean isAddress(String value) {
		int at = value.indexOf('@');
		if (at <= 0 || at > MAX_LOCAL || value.indexOf('@', at + 1) >= 0 || value.length() - at - 1 > MAX_DOMAIN
				|| value.charAt(0) == '.' || value.charAt(at - 1) == '.') {
			return false;
		}
		for (int i = 0; i < at; i++) {
			if (!isLocalChar(value.charAt(i))) {
				return false;
			}
		}
		for (int i = at + 1; i < value.length(); i++) {
			if (!isDomainChar(value.charAt(i))) {
				return false;
			}
		}
		return validDomain(value, at + 1, value.length());
	}

	private static boolean reserved(String domain) {
		return domain.equals("example.com") || domain.equals("example.org") || domain.equals("example.net")
				|| domain.endsWith(".example") || domain.endsWith(".test") || domain.endsWith(".invalid")
				|| domain.endsWith(".localhost");
	}

	private static boolean validDomain(CharSequence chars, int from, int to) {
		int lastDot = -1;
		int labelStart = from;
		for (int i = from; i <= to; i++) {
			if (i == to || chars.charAt(i) == '.') {
				if (i == labelStart || chars.charAt(labelStart) == '-' || chars.charAt(i - 1) == '-') {
					return false;
				}
				if (i < to) {
					lastDot = i;
				}
				labelStart = i + 1;
			}
		}
		if (lastDot < 0) {
			return false;
		}
		int tldLength = to - lastDot - 1;
		if (tldLength < 2 || tldLength > 24) {
			return false;
		}
		for (int i = lastDot + 1; i < to; i++) {
			if (!isAsciiLetter(chars.charAt(i))) {
				return false;
			}
		}
		return !FILE_SUFFIXES.contains(chars.subSequence(lastDot + 1, to).toString().toLowerCase(Locale.ROOT));
	}

	private static boolean isLocalChar(char c) {
		return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
	}

	private static boolean isDomainChar(char c) {
		return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
