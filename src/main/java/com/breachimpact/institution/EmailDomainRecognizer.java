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
		String domain = scan.substring(at + 1, end).toLowerCase(Locale.ROOT);
		if (!isMailDomain(domain)) {
			return;
		}
		String masked = Masking.email(scan.substring(start, end));
		int dot = -1;
		do {
			// the domain itself, then each parent domain: the longest registered one wins
			String[] owners = this.owners.owners(domain.substring(dot + 1));
			if (owners != null) {
				scan.evidence(owners, EvidenceKind.EMAIL_DOMAIN, masked, start, line);
				return;
			}
			dot = domain.indexOf('.', dot + 1);
		}
		while (dot >= 0);
		scan.unknown(EvidenceKind.EMAIL_DOMAIN, masked, domain);
	}

	private static boolean isMailDomain(String domain) {
		int lastDot = domain.lastIndexOf('.');
		if (lastDot <= 0 || domain.length() - lastDot - 1 < 2 || domain.contains("..") || domain.startsWith("-")) {
			return false;
		}
		for (int i = lastDot + 1; i < domain.length(); i++) {
			char c = domain.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	private static boolean isLocalPart(char c) {
		return TextScan.isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
	}

	private static boolean isDomainPart(char c) {
		return TextScan.isAsciiLetterOrDigit(c) || c == '.' || c == '-';
	}

}
