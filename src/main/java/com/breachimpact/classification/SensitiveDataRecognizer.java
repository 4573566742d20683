package com.breachimpact.classification;

/**
 * Finds one kind (or a few related kinds) of sensitive data in text. A recognizer makes
 * one pass over the text with bounded work per character, never throws on odd input
 * (binary junk, very long lines) and hands only masked values and keyed hashes to its
 * sink. Implementations are thread-safe.
 */
public interface SensitiveDataRecognizer {

	/**
	 * Scan text and report every finding over this recognizer's confidence floor.
	 * @param text the text, with its line index
	 * @param sink where findings go, in text order
	 */
	void scan(ScanText text, FindingSink sink);

	/**
	 * Scan plain text: {@link #scan(ScanText, FindingSink)} on {@code ScanText.of(text)}.
	 * @param text the text
	 * @param sink where findings go
	 */
	default void scan(CharSequence text, FindingSink sink) {
		scan(ScanText.of(text), sink);
	}

}
