package com.breachimpact.classification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breachimpact.protection.Masking;

/**
 * Recognizes PEM and PGP private key blocks
 * ({@code -----BEGIN [RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP ]PRIVATE KEY[ BLOCK]-----}).
 * Findings carry {@link SensitiveCategory#PRIVATE_KEY} at the BEGIN line; the canonical
 * value is the key body with white space removed (its first 64 KiB), so the same key in
 * two files hashes equal. A block without its END line is still reported, with lower
 * confidence; a block ends at the first line of five dashes.
 */
public final class PrivateKeyRecognizer implements SensitiveDataRecognizer {

	private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9]{1,12} ){0,2}PRIVATE KEY( BLOCK)?-----");

	private static final String END = "-----END ";

	private static final String DASHES = "-----";

	private static final int MAX_BODY = 64 * 1024;

	private final FindingEmitter emitter;

	/**
	 * A recognizer.
	 * @param emitter hashes values and applies the confidence floor
	 */
	public PrivateKeyRecognizer(FindingEmitter emitter) {
		this.emitter = emitter;
	}

	@Override
	public void scan(ScanText text, FindingSink sink) {
		CharSequence chars = text.text();
		Matcher matcher = BEGIN.matcher(chars);
		int from = 0;
		while (from < chars.length() && matcher.find(from)) {
			int bodyStart = matcher.end();
			int limit = (int) Math.min(chars.length(), (long) bodyStart + MAX_BODY);
			StringBuilder body = new StringBuilder();
			int end = -1;
			int stop = limit;
			for (int i = bodyStart; i < limit; i++) {
				char c = chars.charAt(i);
				if (c == '-' && ScanText.startsWith(chars, i, DASHES)) {
					end = ScanText.startsWith(chars, i, END) ? i : -1;
					stop = i;
					break;
				}
				if (!Character.isWhitespace(c)) {
					body.append(c);
				}
			}
			if (body.length() >= 16) {
				this.emitter.emit(sink, text, SensitiveCategory.PRIVATE_KEY, body, Masking.secret("private key"),
						matcher.start(), (end >= 0) ? 0.95 : 0.75, null);
			}
			from = (end >= 0) ? end + END.length() : Math.max(stop, bodyStart);
		}
	}

}
