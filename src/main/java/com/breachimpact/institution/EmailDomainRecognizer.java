package com.breachimpact.institution;

import java.util.Locale;

import com.breachimpact.protection.Masking;

/**
 * E-mail addresses (read around each {@code @}) whose domain is a registered domain or
 * one of its sub-domains; the longest registered domain wins. Addresses of other domains
 * are reported as unknown, once per domain.
 */
final class EmailDomainRecognizer implements InstitutionRecognizer, InstitutionRecognizer.Reader {

	private static final int LONGEST_LOCAL_PART = 64;

	private static final int LONGEST_DOMAIN = 253;

	private final OwnerIndex owners;

	EmailDomainRecognizer(ClientRegistry registry) {
		this.owners = OwnerIndex.of(registry,
				(client) -> client.emailDomains().stream().map((domain) -> domain.toLowerCase(Locale.ROOT)).toList());
	}

	@Override
	public Reader open(TextScan scan) {
		return this;
	}

	@Override
	public String triggers() {
		return "@";
	}

	@Override
	public void trigger(TextScan scan, int at, int line) {
		CharSequence text = scan.text();
		int length = scan.length();
		int start = at;
		while (start > 0 && at - start < LONGEST_LOCAL_PART && isLocalPart(text.charAt(start - 1))) {
			start--;
		}
		while (start < at && text.charAt(start) == '.') {
			start++;
		}
		if (start == at) {
			return;
		}
		int end = at + 1;
		while (end < length && end - at <= LONGEST_DOMAIN && isDomainPart(text.charAt(end))) {
			end++;
		}
		while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
			end--;
		}
		// the address as found, then its domain in lower case after it
		int size = end - start;
		int domainFrom = size + (at + 1 - start);
		int domainTo = size + size;
		char[] chars = scan.buffer(domainTo);
		copy(text, start, end, chars, 0);
		for (int i = at + 1 - start, k = domainFrom; i < size; i++, k++) {
			char c = chars[i];
			chars[k] = (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
		}
		if (!isMailDomain(chars, domainFrom, domainTo)) {
			return;
		}
		int from = domainFrom;
		while (true) {
			// the domain itself, then each parent domain: the longest registered one wins
			int entry = this.owners.find(chars, from, domainTo);
			if (entry >= 0) {
				scan.evidence(this.owners.owners(entry), EvidenceKind.EMAIL_DOMAIN, masked(chars, size, at - start),
						start, line);
				return;
			}
			int dot = indexOf(chars, '.', from, domainTo);
			if (dot < 0) {
				break;
			}
			from = dot + 1;
		}
		if (!scan.reportedUnknown(EvidenceKind.EMAIL_DOMAIN, chars, domainFrom, domainTo)) {
			scan.unknown(EvidenceKind.EMAIL_DOMAIN, chars, domainFrom, domainTo, masked(chars, size, at - start));
		}
	}

	/**
	 * {@link Masking#email} of the address in {@code chars[0, size)}, its {@code @} at
	 * {@code at}: the first character, {@code ***}, then the {@code @} and the domain.
	 */
	private static String masked(char[] chars, int size, int at) {
		return chars[0] + "***" + new String(chars, at, size - at);
	}

	/**
	 * Whether {@code domain[from, to)} (in lower case) may be the domain of an address: a
	 * dot not first, a top-level domain of two or more letters, no empty label between
	 * dots, no leading hyphen.
	 */
	private static boolean isMailDomain(char[] domain, int from, int to) {
		int lastDot = -1;
		for (int i = to - 1; i >= from; i--) {
			if (domain[i] == '.') {
				lastDot = i;
				break;
			}
		}
		if (lastDot <= from || to - lastDot - 1 < 2 || domain[from] == '-') {
			return false;
		}
		for (int i = from + 1; i < to; i++) {
			if (domain[i] == '.' && domain[i - 1] == '.') {
				return false;
			}
		}
		for (int i = lastDot + 1; i < to; i++) {
			char c = domain[i];
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(char[] chars, char c, int from, int to) {
		for (int i = from; i < to; i++) {
			if (chars[i] == c) {
				return i;
			}
		}
		return -1;
	}

	private static void copy(CharSequence text, int from, int to, char[] chars, int at) {
		for (int i = from; i < to; i++) {
			chars[at + i - from] = text.charAt(i);
		}
	}

	private static boolean isLocalPart(char c) {
		return TextScan.isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
	}

	private static boolean isDomainPart(char c) {
		return TextScan.isAsciiLetterOrDigit(c) || c == '.' || c == '-';
	}

}
