package com.breachimpact.institution;

/**
 * Finds one kind of institution evidence (names, a kind of identifier, platform folders)
 * during the matcher's single pass over a text. The {@link TextScan} reads the text once,
 * a chunk at a time, and calls each recognizer's {@link Reader} on the events it asked
 * for: each chunk, a candidate token of a length it reads, a line start, or one of its
 * trigger characters. A recognizer is immutable and shared between threads; the state of
 * one text lives in the reader it opens for that text. Readers report through the scan
 * ({@link TextScan#evidence}, {@link TextScan#unknown}), with masked values only, and
 * never throw on odd input.
 */
interface InstitutionRecognizer {

	/** Token flag: the token has an upper-case ASCII letter. */
	int UPPER = NameAutomaton.ASCII_UPPER;

	/** Token flag: the token has an ASCII digit. */
	int DIGIT = NameAutomaton.ASCII_DIGIT;

	/**
	 * The reader of one text.
	 * @param scan the scan of that text
	 * @return a reader (the recognizer itself when it keeps no state per text)
	 */
	Reader open(TextScan scan);

	/**
	 * Whether this recognizer reads candidate tokens of a length: runs of ASCII letters
	 * and digits without lower case that no other letter or digit touches.
	 * @param length a length from 4 to 34
	 * @return whether {@link Reader#token} is called for tokens of that length
	 */
	default boolean readsTokens(int length) {
		return false;
	}

	/**
	 * Whether {@link Reader#lineStart} is called at the start of the text and after each
	 * {@code \n}.
	 * @return whether it reads line starts
	 */
	default boolean readsLineStarts() {
		return false;
	}

	/**
	 * The ASCII characters (other than letters, digits and {@code \n}) at which
	 * {@link Reader#trigger} is called.
	 * @return the characters, possibly none
	 */
	default String triggers() {
		return "";
	}

	/**
	 * Whether {@link Reader#chunk} is called with each chunk of the text.
	 * @return whether it reads chunks
	 */
	default boolean readsChunks() {
		return false;
	}

	/**
	 * The name automaton a chunk reader feeds, when that is all it does with chunks: the
	 * scan may then feed its {@linkplain Reader#nameScanner scanner} itself, tokenizing
	 * in the same loop.
	 * @return the automaton, or null
	 */
	default NameAutomaton nameAutomaton() {
		return null;
	}

	/**
	 * What a recognizer does on the events of one text. Every method has a default that
	 * does nothing.
	 */
	interface Reader {

		/**
		 * A candidate token. Readers of the same length are called in the order of the
		 * matcher's recognizers until one claims the token.
		 * @param scan the scan
		 * @param start offset of the token's first character
		 * @param end offset after its last character
		 * @param flags {@link #UPPER} and {@link #DIGIT} as found in it
		 * @param line 1-based line of the token
		 * @return whether the token was this recognizer's (valid for its kind)
		 */
		default boolean token(TextScan scan, int start, int end, int flags, int line) {
			return false;
		}

		/**
		 * The start of a line.
		 * @param scan the scan
		 * @param offset offset of the line's first character (may equal the text length)
		 * @param line 1-based line number
		 */
		default void lineStart(TextScan scan, int offset, int line) {
		}

		/**
		 * One of the recognizer's trigger characters.
		 * @param scan the scan
		 * @param offset offset of the character
		 * @param line 1-based line of the character
		 */
		default void trigger(TextScan scan, int offset, int line) {
		}

		/**
		 * A chunk of the text, or its rest from {@code from}, after the tokenizer read
		 * it.
		 * @param buffer the chunk's characters
		 * @param from the index of the first character to read
		 * @param size how many characters of the buffer are the chunk
		 * @param base offset of the chunk in the text
		 */
		default void chunk(char[] buffer, int from, int size, int base) {
		}

		/**
		 * The scanner of the recognizer's
		 * {@linkplain InstitutionRecognizer#nameAutomaton() name automaton} that
		 * {@link #chunk} feeds.
		 * @return the scanner, or null
		 */
		default NameAutomaton.Scanner nameScanner() {
			return null;
		}

		/**
		 * The end of the text, after the last token.
		 * @param scan the scan
		 */
		default void finish(TextScan scan) {
		}

	}

}
