package com.breachimpact.classification;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breachimpact.protection.Masking;

/**
 * The masked form of a secret with what the text says it belongs to:
 * {@code [password redacted]},
 * {@code [password redacted] account=s*** host=db01.bank.example} or
 * {@code [connection string redacted] host=sql02}. It never holds anything of the secret;
 * the account is masked like an e-mail address ({@link Masking#account}), the host is
 * kept (a host name is what a security team needs to find the system) but only its
 * letters, digits, dots, dashes and underscores. Because neither part holds a space, the
 * form reads back unambiguously ({@link #parse}).
 *
 * @param kind the kind of secret, as the recognizer names it ({@code password},
 * {@code api key}, {@code github token}, {@code connection string}, ...)
 * @param account the masked account or user name, or {@code null}
 * @param host the host or service, or {@code null}
 */
public record CredentialLabel(String kind, String account, String host) {

	/** The longest host kept, so that a label fits the masked-value column. */
	static final int MAX_HOST = 120;

	private static final Pattern FORM = Pattern
		.compile("\\[([a-z0-9 ]{1,40}) redacted\\](?: account=(\\S{1,80}))?(?: host=([A-Za-z0-9._-]{1,120}))?");

	/**
	 * A label of a secret found in text.
	 * @param kind the kind of secret
	 * @param clearAccount the account in clear as the text writes it, or {@code null};
	 * masked here
	 * @param host the host or service as the text writes it, or {@code null}; reduced to
	 * host name characters here
	 * @return the label
	 */
	public static CredentialLabel of(String kind, String clearAccount, String host) {
		String account = (clearAccount != null && !clearAccount.isBlank()) ? Masking.account(clearAccount) : null;
		return new CredentialLabel(kind, account, hostName(host));
	}

	/**
	 * The masked form, as stored and shown.
	 * @return the masked form
	 */
	public String masked() {
		StringBuilder masked = new StringBuilder(Masking.secret(this.kind));
		if (this.account != null) {
			masked.append(" account=").append(this.account);
		}
		if (this.host != null) {
			masked.append(" host=").append(this.host);
		}
		return masked.toString();
	}

	/**
	 * Read a masked form back.
	 * @param masked a masked value of a credential, API token or private key
	 * @return the label, empty when the value is not in this form
	 */
	public static Optional<CredentialLabel> parse(String masked) {
		if (masked == null) {
			return Optional.empty();
		}
		Matcher matcher = FORM.matcher(masked);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new CredentialLabel(matcher.group(1), matcher.group(2), matcher.group(3)));
	}

	private static String hostName(String host) {
		if (host == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder();
		for (int i = 0; i < host.length() && kept.length() < MAX_HOST; i++) {
			char c = host.charAt(i);
			if ((c < 128 && Character.isLetterOrDigit(c)) || c == '.' || c == '-' || c == '_') {
				kept.append(c);
			}
			else {
				break;
			}
		}
		boolean hasAlnum = kept.chars().anyMatch(Character::isLetterOrDigit);
		return hasAlnum ? kept.toString() : null;
	}

}
