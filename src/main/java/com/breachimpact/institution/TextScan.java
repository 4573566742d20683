package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One pass of the matcher over one text, and what it found. The text is read a chunk at a
 * time. When the only recognizer that reads chunks is a name automaton, one loop feeds
 * the automaton and tokenizes
 * ({@link NameAutomaton.Scanner#feed(char[], int, int, int, int[], NameAutomaton.Tokens)})
 * up to the first {@code &} of a chunk; from there (and in chunks where a character
 * reference of the previous one runs on) the tokenizer reads the rest of the chunk, then,
 * while in cache, the recognizers that read chunks (the name automaton reading it with
 * its {@linkplain CharacterReferences character references} decoded). The tokenizer calls
 * the recognizers on candidate tokens (runs of ASCII letters and digits without lower
 * case, standing alone), line starts and their trigger characters; see
 * {@link InstitutionRecognizer}. Identifier candidates are validated and looked up in a
 * scratch {@code char[]}: nothing is allocated for a candidate that is not reported. Not
 * thread-safe: one per text.
 */
final class TextScan implements NameAutomaton.Tokens {

	private static final int CHUNK = 1 << 14;

	private static final int LOWER = NameAutomaton.ASCII_LOWER;

	private static final int LONGEST_TOKEN = 34;

	private static final byte[] ASCII = new byte[128];

	static {
		for (char c = 'A'; c <= 'Z'; c++) {
			ASCII[c] = InstitutionRecognizer.UPPER;
		}
		for (char c = 'a'; c <= 'z'; c++) {
			ASCII[c] = LOWER;
		}
		for (char c = '0'; c <= '9'; c++) {
			ASCII[c] = InstitutionRecognizer.DIGIT;
		}
	}

	private final CharSequence text;

	private final int length;

	private final Dispatch dispatch;

	private final InstitutionRecognizer.Reader[] readers;

	private final List<Evidence> evidence = new ArrayList<>();

	private final List<UnknownIdentifier> unknown = new ArrayList<>();

	private final List<AmbiguousMention> ambiguous = new ArrayList<>();

	/** Per evidence kind: the canonical values of the unknown identifiers reported. */
	private final SeenKeys[] unknownSeen = new SeenKeys[EvidenceKind.values().length];

	private char[] scratch = new char[64];

	private final CharacterReferences references = new CharacterReferences();

	private int line = 1;

	/** Whether the tokenizer met an {@code &} in the current chunk. */
	private boolean ampersand;

	private int tokenStart = -1;

	private int tokenFlags;

	/** Offset of an identifier already reported from a record layout, or -1. */
	private int claimed = -1;

	TextScan(CharSequence text, Dispatch dispatch) {
		this.text = (text != null) ? text : "";
		this.length = this.text.length();
		this.dispatch = dispatch;
		this.readers = new InstitutionRecognizer.Reader[dispatch.recognizers.length];
		for (int r = 0; r < this.readers.length; r++) {
			this.readers[r] = dispatch.recognizers[r].open(this);
		}
	}

	/**
	 * Read the whole text once and return what the recognizers found.
	 * @return the evidence in text order, the unknown identifiers and the ambiguous
	 * mentions
	 */
	MatchResult run() {
		CharSequence text = this.text;
		int n = this.length;
		char[] buffer = new char[Math.min(n, CHUNK)];
		NameAutomaton.Scanner scanner = (this.dispatch.classes != null)
				? this.readers[this.dispatch.chunkReaders[0]].nameScanner() : null;
		lineStart(0, 1);
		for (int base = 0; base < n; base += CHUNK) {
			int size = Math.min(CHUNK, n - base);
			copy(text, base, size, buffer);
			int from = 0;
			if (scanner != null && !this.references.isPadding()) {
				from = tokenizeWithNames(scanner, buffer, size, base);
				if (from == size) {
					continue;
				}
			}
			// the tokenizer first: it notes whether the chunk has an '&', so that a
			// chunk without character references goes to the chunk readers as it is
			this.ampersand = false;
			tokenize(buffer, from, size, base);
			if (this.dispatch.chunkReaders.length > 0) {
				char[] names = (this.ampersand || this.references.isPadding())
						? this.references.decode(text, base, buffer, from, size) : buffer;
				for (int r : this.dispatch.chunkReaders) {
					this.readers[r].chunk(names, from, size, base);
				}
			}
		}
		if (this.tokenStart >= 0 && (this.tokenFlags & LOWER) == 0) {
			token(this.tokenStart, n, this.tokenFlags, this.line);
		}
		for (InstitutionRecognizer.Reader reader : this.readers) {
			reader.finish(this);
		}
		this.evidence.sort(Comparator.comparingLong(Evidence::offset));
		return new MatchResult(this.evidence, this.unknown, this.ambiguous);
	}

	/**
	 * The name scanner and the tokenizer in one loop over a chunk, up to its first
	 * {@code &}: the run of ASCII letters and digits left over from the previous chunk
	 * goes to the scanner and back.
	 * @return the index of the chunk's first {@code &}, or its size
	 */
	private int tokenizeWithNames(NameAutomaton.Scanner scanner, char[] buffer, int size, int base) {
		if (this.tokenStart >= 0) {
			scanner.pendingRun(this.tokenStart, this.tokenFlags);
		}
		else if (base > 0 && isAsciiLetterOrDigit(this.text.charAt(base - 1))) {
			// the tokenizer skipped a lower-case run up to the end of the previous chunk
			scanner.pendingRun(base, LOWER);
		}
		else {
			scanner.pendingRun(base, 0);
		}
		int at = scanner.feed(buffer, 0, size, base, this.dispatch.classes, this);
		this.tokenFlags = scanner.pendingRunFlags();
		this.tokenStart = (this.tokenFlags != 0) ? scanner.pendingRunStart() : -1;
		return at;
	}

	@Override
	public void runEnded(int start, int end, int flags) {
		token(start, end, flags, this.line);
	}

	@Override
	public boolean marked(char c, int offset) {
		if (c == '\n') {
			this.line++;
			lineStart(offset + 1, this.line);
			return true;
		}
		if (c == '&') {
			return false;
		}
		int[] readers = this.dispatch.triggers[c];
		if (readers != null) {
			for (int r : readers) {
				this.readers[r].trigger(this, offset, this.line);
			}
		}
		return true;
	}

	/**
	 * The tokenizer over one chunk: runs of ASCII letters and digits without lower case,
	 * line starts and trigger characters. Lower-case letters, blanks and punctuation that
	 * trigger nothing are skipped in a tight loop; a run is read whole from its first
	 * upper-case letter or digit (a run already holding a lower-case letter there is
	 * skipped to its end). A run reaching the end of the chunk carries over to the next.
	 */
	private void tokenize(char[] buffer, int from, int size, int base) {
		int[][] triggers = this.dispatch.triggers;
		boolean[] stops = this.dispatch.stops;
		int k = from;
		if (this.tokenStart >= 0) {
			k = run(buffer, size, base, from, this.tokenStart, this.tokenFlags);
		}
		while (k < size) {
			char c = buffer[k];
			if (c >= 128 || !stops[c]) {
				k++;
				continue;
			}
			int flags = ASCII[c];
			if (flags != 0) {
				// an upper-case letter or a digit: its run holds a lower-case letter when
				// an ASCII letter or digit comes before it
				char before = (k > 0) ? buffer[k - 1] : ((base > 0) ? this.text.charAt(base - 1) : ' ');
				k = run(buffer, size, base, k, base + k, isAsciiLetterOrDigit(before) ? LOWER : 0);
				continue;
			}
			if (c == '\n') {
				this.line++;
				lineStart(base + k + 1, this.line);
			}
			else {
				if (c == '&') {
					this.ampersand = true;
				}
				int[] readers = triggers[c];
				if (readers != null) {
					for (int r : readers) {
						this.readers[r].trigger(this, base + k, this.line);
					}
				}
			}
			k++;
		}
	}

	/**
	 * Read a run of ASCII letters and digits from {@code buffer[k]} to its end and give
	 * it to the token readers unless it holds a lower-case letter; a run reaching the end
	 * of the chunk is kept for the next one.
	 * @return the index of the character after the run (or the chunk size)
	 */
	private int run(char[] buffer, int size, int base, int k, int start, int flags) {
		int at = k;
		int runFlags = flags;
		while (at < size) {
			char c = buffer[at];
			int f = (c < 128) ? ASCII[c] : 0;
			if (f == 0) {
				break;
			}
			runFlags |= f;
			at++;
		}
		if (at == size) {
			this.tokenStart = start;
			this.tokenFlags = runFlags;
			return at;
		}
		this.tokenStart = -1;
		this.tokenFlags = 0;
		if ((runFlags & LOWER) == 0) {
			token(start, base + at, runFlags, this.line);
		}
		return at;
	}

	private void lineStart(int offset, int line) {
		for (int r : this.dispatch.lineReaders) {
			this.readers[r].lineStart(this, offset, line);
		}
	}

	private void token(int start, int end, int flags, int line) {
		int length = end - start;
		if (length > LONGEST_TOKEN) {
			return;
		}
		int[] readers = this.dispatch.tokenReaders[length];
		if (readers.length == 0 || !standsAlone(start, end)) {
			return;
		}
		for (int r : readers) {
			if (this.readers[r].token(this, start, end, flags, line)) {
				return;
			}
		}
	}

	/**
	 * The text being read.
	 * @return the text
	 */
	CharSequence text() {
		return this.text;
	}

	/**
	 * The length of the text.
	 * @return the length
	 */
	int length() {
		return this.length;
	}

	/**
	 * A range of the text as a string.
	 * @param start first offset
	 * @param end offset after the last character
	 * @return the characters
	 */
	String substring(int start, int end) {
		return this.text.subSequence(start, end).toString();
	}

	/**
	 * A range of the text copied to the start of the scan's {@linkplain #buffer buffer},
	 * for validators and index look-ups on an array.
	 * @param start first offset
	 * @param end offset after the last character
	 * @return the buffer, holding the characters from index 0
	 */
	char[] chars(int start, int end) {
		char[] chars = buffer(end - start);
		copy(this.text, start, end - start, chars);
		return chars;
	}

	/**
	 * The scan's buffer for one candidate identifier at a time: overwritten by the next
	 * call of this method or of {@link #chars}.
	 * @param capacity the length needed
	 * @return an array of at least that length
	 */
	char[] buffer(int capacity) {
		if (this.scratch.length < capacity) {
			this.scratch = new char[Math.max(capacity, this.scratch.length * 2)];
		}
		return this.scratch;
	}

	/**
	 * Mark an identifier reported from a record layout (a NACHA record), so that the same
	 * characters read again as a token are not reported twice.
	 * @param offset offset of the identifier
	 */
	void claim(int offset) {
		this.claimed = offset;
	}

	/**
	 * Whether the identifier at an offset was reported from a record layout.
	 * @param offset an offset
	 * @return whether it was {@linkplain #claim claimed}
	 */
	boolean isClaimed(int offset) {
		return this.claimed == offset;
	}

	/**
	 * Report evidence for each owner, with the default weight of its kind.
	 * @param owners client ids
	 * @param kind the kind of evidence
	 * @param shown the value as it may be shown (masked for identifiers)
	 * @param offset offset in the text
	 * @param line 1-based line
	 */
	void evidence(String[] owners, EvidenceKind kind, String shown, int offset, int line) {
		for (String owner : owners) {
			evidence(owner, kind, shown, offset, line);
		}
	}

	/**
	 * Report evidence for one client, with the default weight of its kind.
	 * @param clientId the client
	 * @param kind the kind of evidence
	 * @param shown the value as it may be shown (masked for identifiers)
	 * @param offset offset in the text
	 * @param line 1-based line
	 */
	void evidence(String clientId, EvidenceKind kind, String shown, int offset, int line) {
		this.evidence.add(new Evidence(clientId, kind, shown, offset, line, kind.defaultWeight()));
	}

	/**
	 * Whether a valid identifier no client has was already reported in this text with the
	 * same canonical value and kind.
	 * @param kind its kind
	 * @param canonical holds the form under which it is counted once
	 * @param from the first character of that form
	 * @param to its end (exclusive)
	 * @return whether it was reported
	 */
	boolean reportedUnknown(EvidenceKind kind, char[] canonical, int from, int to) {
		SeenKeys seen = this.unknownSeen[kind.ordinal()];
		return seen != null && seen.contains(canonical, from, to);
	}

	/**
	 * Report a valid identifier no client has, once per canonical value and kind.
	 * @param kind its kind
	 * @param canonical holds the form under which it is counted once
	 * @param from the first character of that form
	 * @param to its end (exclusive)
	 * @param masked its masked form
	 */
	void unknown(EvidenceKind kind, char[] canonical, int from, int to, String masked) {
		SeenKeys seen = this.unknownSeen[kind.ordinal()];
		if (seen == null) {
			seen = new SeenKeys();
			this.unknownSeen[kind.ordinal()] = seen;
		}
		String key = seen.add(canonical, from, to);
		if (key != null) {
			this.unknown.add(new UnknownIdentifier(kind, masked, key));
		}
	}

	/**
	 * Report a mention of a name shared by several clients that the text did not settle.
	 * @param mention the mention
	 */
	void ambiguous(AmbiguousMention mention) {
		this.ambiguous.add(mention);
	}

	/**
	 * Whether no letter or digit of any script touches a range.
	 * @param start first offset
	 * @param end offset after the last character
	 * @return whether the range stands alone
	 */
	boolean standsAlone(int start, int end) {
		return (start == 0 || !Character.isLetterOrDigit(this.text.charAt(start - 1)))
				&& (end == this.length || !Character.isLetterOrDigit(this.text.charAt(end)));
	}

	/**
	 * Whether a character is an ASCII letter or digit.
	 * @param c a character
	 * @return whether it is one
	 */
	static boolean isAsciiLetterOrDigit(char c) {
		return c < 128 && ASCII[c] != 0;
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isUpper(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static void copy(CharSequence text, int from, int size, char[] buffer) {
		if (text instanceof String string) {
			string.getChars(from, from + size, buffer, 0);
		}
		else if (text instanceof StringBuilder builder) {
			builder.getChars(from, from + size, buffer, 0);
		}
		else {
			for (int i = 0; i < size; i++) {
				buffer[i] = text.charAt(from + i);
			}
		}
	}

	/**
	 * Which recognizers the tokenizer calls on which event, worked out once per matcher.
	 */
	static final class Dispatch {

		private final InstitutionRecognizer[] recognizers;

		/** Per token length: the recognizers reading it, in order. */
		private final int[][] tokenReaders = new int[LONGEST_TOKEN + 1][];

		private final int[] lineReaders;

		private final int[] chunkReaders;

		/** Per ASCII character: the recognizers it triggers, or null. */
		private final int[][] triggers = new int[128][];

		/**
		 * Per ASCII character: whether the tokenizer stops at it (an upper-case letter, a
		 * digit, {@code \n} or a trigger).
		 */
		private final boolean[] stops = new boolean[128];

		/**
		 * The classes of the name automaton's tokenizing feed, when the only chunk reader
		 * is a name automaton, or null.
		 */
		private final int[] classes;

		Dispatch(List<InstitutionRecognizer> recognizers) {
			this.recognizers = recognizers.toArray(InstitutionRecognizer[]::new);
			for (int length = 0; length <= LONGEST_TOKEN; length++) {
				int l = length;
				this.tokenReaders[length] = indexes((r) -> l >= 4 && r.readsTokens(l));
			}
			this.lineReaders = indexes(InstitutionRecognizer::readsLineStarts);
			this.chunkReaders = indexes(InstitutionRecognizer::readsChunks);
			for (char c = 0; c < 128; c++) {
				char trigger = c;
				int[] readers = indexes((r) -> r.triggers().indexOf(trigger) >= 0);
				if (readers.length > 0 && !isAsciiLetterOrDigit(c) && c != '\n') {
					this.triggers[c] = readers;
				}
				this.stops[c] = this.triggers[c] != null || c == '\n' || (ASCII[c] != 0 && ASCII[c] != LOWER)
						|| (c == '&' && this.chunkReaders.length > 0);
			}
			NameAutomaton names = (this.chunkReaders.length == 1)
					? this.recognizers[this.chunkReaders[0]].nameAutomaton() : null;
			if (names != null) {
				// marked: the triggers and '&' (the tokenizing feed stops there)
				boolean[] marked = new boolean[128];
				for (char c = 0; c < 128; c++) {
					marked[c] = this.stops[c] && !isAsciiLetterOrDigit(c);
				}
				this.classes = names.tokenizingClasses(marked);
			}
			else {
				this.classes = null;
			}
		}

		private int[] indexes(java.util.function.Predicate<InstitutionRecognizer> reads) {
			List<Integer> indexes = new ArrayList<>();
			for (int r = 0; r < this.recognizers.length; r++) {
				if (reads.test(this.recognizers[r])) {
					indexes.add(r);
				}
			}
			return indexes.stream().mapToInt(Integer::intValue).toArray();
		}

	}

}
