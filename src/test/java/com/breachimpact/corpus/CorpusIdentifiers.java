package com.breachimpact.corpus;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import com.breachimpact.institution.AbaRoutingNumber;
import com.breachimpact.institution.Bic;
import com.breachimpact.institution.Lei;

/**
 * Makes distinct, checksum-valid institution identifiers from a seeded random source,
 * completing each candidate with the check digits that the validators of
 * {@code com.breachimpact.institution} accept, and invalid look-alikes for decoys. Every
 * identifier is issued once, registered or not.
 */
final class CorpusIdentifiers {

	private static final int[] ABA_PREFIXES = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28,
			29, 30, 31, 32, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72 };

	private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private final Random random;

	private final Set<String> issued = new HashSet<>();

	CorpusIdentifiers(Random random) {
		this.random = random;
	}

	/** A new valid ABA routing number. */
	String aba() {
		while (true) {
			String eight = String.format("%02d%06d", ABA_PREFIXES[this.random.nextInt(ABA_PREFIXES.length)],
					this.random.nextInt(1_000_000));
			for (int check = 0; check <= 9; check++) {
				String aba = eight + check;
				if (AbaRoutingNumber.isValid(aba)) {
					if (this.issued.add(aba)) {
						return aba;
					}
					break;
				}
			}
		}
	}

	/**
	 * The routing number with its check digit changed: nine digits that fail the
	 * checksum.
	 */
	static String badAba(String aba) {
		String bad = aba.substring(0, 8) + (char) ('0' + (aba.charAt(8) - '0' + 3) % 10);
		if (AbaRoutingNumber.isValid(bad)) {
			throw new IllegalStateException("A changed check digit stayed valid");
		}
		return bad;
	}

	/**
	 * A new valid 8-character US BIC whose location code holds a digit (so it is never a
	 * word).
	 */
	String bic() {
		while (true) {
			StringBuilder bic = new StringBuilder(8);
			for (int i = 0; i < 4; i++) {
				bic.append((char) ('A' + this.random.nextInt(26)));
			}
			bic.append("US")
				.append((char) ('2' + this.random.nextInt(8)))
				.append(ALNUM.charAt(this.random.nextInt(26)));
			if (Bic.isValid(bic) && this.issued.add(bic.toString())) {
				return bic.toString();
			}
		}
	}

	/** A BIC whose country code is not a country: of BIC form, but invalid. */
	String badBic() {
		String bic = bic();
		String bad = bic.substring(0, 4) + "QQ" + bic.substring(6);
		if (Bic.isValid(bad)) {
			throw new IllegalStateException("QQ is a country");
		}
		return bad;
	}

	/** A new valid LEI (a 5493 prefix, as issued by GLEIF's US unit). */
	String lei() {
		while (true) {
			StringBuilder base = new StringBuilder("549300");
			for (int i = 0; i < 12; i++) {
				base.append(ALNUM.charAt(this.random.nextInt(ALNUM.length())));
			}
			for (int check = 0; check < 100; check++) {
				String lei = base + String.format("%02d", check);
				if (Lei.isValid(lei)) {
					if (this.issued.add(lei)) {
						return lei;
					}
					break;
				}
			}
		}
	}

	/** The LEI with its last check digit changed: fails the MOD 97-10 check. */
	static String badLei(String lei) {
		String bad = lei.substring(0, 19) + (char) ('0' + (lei.charAt(19) - '0' + 5) % 10);
		if (Lei.isValid(bad)) {
			throw new IllegalStateException("A changed check digit stayed valid");
		}
		return bad;
	}

}
