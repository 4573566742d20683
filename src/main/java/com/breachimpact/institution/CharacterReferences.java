package com.breachimpact.institution;

/**
 * XML and HTML character references read as the character they stand for, for the name
 * search. A file read as text with its markup kept (XML) writes {@code &} as
 * {@code &amp;}, an apostrophe as {@code &apos;} or {@code &#39;} and an accented letter
 * as {@code &#233;}: without decoding, {@code Citizens Bank &amp; Trust} reads as the
 * words {@code citizens bank amp trust}, whose longest registered name is the shorter
 * {@code Citizens Bank} of another client. A reference is replaced, in a copy of the
 * chunk that only the name search reads, by its character followed by soft hyphens (which
 * {@link NameNormalizer} drops), so every offset stays that of the original text.
 * Recognized: {@code &amp; &lt; &gt; &quot; &apos; &nbsp;}, decimal {@code &#NN;} and
 * hexadecimal {@code &#xHH;} references of characters of the Basic Multilingual Plane.
 * Not thread-safe: one per text scan.
 */
final class CharacterReferences {

	/** Pads the rest of a replaced reference: a format character, dropped by folding. */
	static final char PAD = '\u00AD';

	/** How far after its {@code &} the {@code ;} of a reference may stand. */
	private static final int LONGEST = 10;

	private char[] decoded;

	/** Characters of the last reference of the previous chunk still to pad. */
	private int carry;

	/**
	 * Whether the last reference of the previous chunk runs into the next chunk, whose
	 * first characters must then be padded even if it holds no {@code &}.
	 * @return whether {@link #decode} must read the next chunk
	 */
	boolean isPadding() {
		return this.carry > 0;
	}

	/**
	 * The chunk as the name search reads it: the chunk itself when it holds no reference,
	 * else a decoded copy of the same length.
	 * @param text the whole text
	 * @param base the offset of {@code chunk[0]} in it
	 * @param chunk the chunk
	 * @param from the index of the first character to read: 0, or where the name search
	 * stopped reading the chunk as it is (no reference of the previous chunk is then left
	 * to pad)
	 * @param size how many characters of it to read
	 * @return the chunk or its decoded copy, from index {@code from}
	 */
	char[] decode(CharSequence text, int base, char[] chunk, int from, int size) {
		char[] out = null;
		int k = from;
		if (this.carry > 0) {
			out = copy(chunk, size);
			while (k < size && this.carry > 0) {
				out[k++] = PAD;
				this.carry--;
			}
		}
		for (; k < size; k++) {
			if (chunk[k] != '&') {
				continue;
			}
			int semicolon = semicolon(text, base + k);
			if (semicolon < 0) {
				continue;
			}
			char c = character(text, base + k + 1, semicolon);
			if (c == 0) {
				continue;
			}
			if (out == null) {
				out = copy(chunk, size);
			}
			out[k] = c;
			int last = semicolon - base;
			int j = k + 1;
			for (; j <= last && j < size; j++) {
				out[j] = PAD;
			}
			this.carry = last + 1 - j;
			k = j - 1;
		}
		return (out != null) ? out : chunk;
	}

	private char[] copy(char[] chunk, int size) {
		if (this.decoded == null || this.decoded.length < chunk.length) {
			this.decoded = new char[chunk.length];
		}
		System.arraycopy(chunk, 0, this.decoded, 0, size);
		return this.decoded;
	}

	/**
	 * The offset of the {@code ;} that ends a reference starting at {@code at}, or -1.
	 */
	private static int semicolon(CharSequence text, int at) {
		int limit = Math.min(text.length(), at + LONGEST + 1);
		for (int i = at + 1; i < limit; i++) {
			char c = text.charAt(i);
			if (c == ';') {
				return (i > at + 1) ? i : -1;
			}
			if (!(c == '#' && i == at + 1)
					&& !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
				return -1;
			}
		}
		return -1;
	}

	/** The character a reference body stands for, or 0 when it is none recognized. */
	private static char character(CharSequence text, int from, int to) {
		String body = text.subSequence(from, to).toString();
		if (body.charAt(0) == '#') {
			boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
			String digits = body.substring(hex ? 2 : 1);
			if (digits.isEmpty() || digits.length() > 6) {
				return 0;
			}
			try {
				int code = Integer.parseInt(digits, hex ? 16 : 10);
				return (code > 0 && code <= 0xFFFF && !Character.isSurrogate((char) code)) ? (char) code : 0;
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}
		return switch (body) {
			case "amp" -> '&';
			case "lt" -> '<';
			case "gt" -> '>';
			case "quot" -> '"';
			case "apos" -> '\'';
			case "nbsp" -> ' ';
			default -> 0;
		};
	}

}
