package com.breachimpact.institution;

/**
 * A valid institution identifier found in a text that no client of the registry has: a
 * sign of an institution the registry misses.
 * <p>
 * The canonical value is the identifier in clear (for {@link EvidenceKind#BIC} its
 * 8-character institution part, for {@link EvidenceKind#IBAN} the IBAN without spaces,
 * for {@link EvidenceKind#EMAIL_DOMAIN} the lower-case domain of the address). It is kept
 * in memory only so the caller can hash it with
 * {@code com.breachimpact.protection.KeyedHasher}: it must never be printed, logged or
 * stored in clear. {@link #toString()} leaves it out.
 *
 * @param kind the kind of identifier
 * @param maskedValue the masked form, safe to show
 * @param canonicalValue the canonical value in clear, for hashing only
 */
public record UnknownIdentifier(EvidenceKind kind, String maskedValue, String canonicalValue) {

	/**
	 * A description with the kind and masked value only.
	 * @return {@code UnknownIdentifier[kind=..., maskedValue=...]}
	 */
	@Override
	public String toString() {
		return "UnknownIdentifier[kind=" + this.kind + ", maskedValue=" + this.maskedValue + "]";
	}

}
