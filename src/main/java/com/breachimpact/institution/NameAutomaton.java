package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over normalized names (see {@link NameNormalizer}) that finds
 * them as whole word sequences in a text in one pass, folding the text on the fly.
 * <p>
 * Every name is stored padded with a separator on both sides and the text is read as if
 * it began and ended with a separator, so a match always starts and ends at a word
 * boundary. The shallow states, where a scan spends most of its time, form a complete
 * DFA: one flat {@code int} table with a row per state and a column per character class
 * (separator, character of no name, then each letter or digit found in the names),
 * numbered breadth-first so that they share few cache lines. The deep states, one per
 * character of the names' tails, are stored compactly and in depth-first order (a name's
 * tail lies in consecutive memory): a short list of (class, child) edges and a failure
 * link each. States that end a name are marked by negative transition targets, so the hot
 * loop needs no output lookup.
 * <p>
 * Overlapping matches are resolved so that a name found inside a longer name never
 * counts: at each end position only the longest name ending there is kept, a match lying
 * within another match is dropped, and among the matches left that overlap the longest
 * wins (the leftmost on equal length).
 * <p>
 * States are numbered breadth-first so that the shallow states, where a scan spends most
 * of its time, lie together at the start of the table. Instances are immutable and
 * thread-safe; each scan uses its own {@link Scanner}.
 */
public final class NameAutomaton {

	private static final char DROP = '\uFFFF';

	private static final int SEPARATOR_COLUMN = 0;

	private static final int OTHER_COLUMN = 1;

	/** Upper bound on the number of dense states (rows of the complete DFA). */
	private static final int MAX_DENSE_STATES = 1 << 12;

	/** Clusters of overlapping matches up to this size are resolved in scratch arrays. */
	private static final int SMALL_CLUSTER = 64;

	/** No edge for a class: follow the failure link. */
	private static final int NONE = Integer.MIN_VALUE;

	/** Class of a tokenizing feed: an upper-case ASCII letter. */
	static final int ASCII_UPPER = 1;

	/** Class of a tokenizing feed: an ASCII digit. */
	static final int ASCII_DIGIT = 2;

	/** Class of a tokenizing feed: a lower-case ASCII letter. */
	static final int ASCII_LOWER = 4;

	/** Where the ASCII class of a character lies in its tokenizing class. */
	private static final int ASCII_SHIFT = 16;

	private static final int ASCII_MASK = ASCII_UPPER | ASCII_DIGIT | ASCII_LOWER;

	private static final int COLUMN_MASK = 0xFFFF;

	/** Tokenizing class bit: the character is reported to {@link Tokens#marked}. */
	private static final int MARKED = 1 << 30;

	/**
	 * Tokenizing class bit (the sign): the character is neither an ASCII letter or digit
	 * of a name column nor a separator, or it is marked; it takes the slow path.
	 */
	private static final int SPECIAL = Integer.MIN_VALUE;

	private final List<String> names;

	private final char[] columns;

	private final int width;

	/**
	 * Complete transitions of the dense states: encoded target (~id when the target ends
	 * a name).
	 */
	private final int[] dense;

	/**
	 * The dense states have the ids 0, width, 2 * width, ...: the offset of their row, so
	 * that a transition needs no multiplication. This is the first id past them.
	 */
	private final int denseLimit;

	/**
	 * The sparse states, one record each at offset {@code id - denseLimit}: failure state
	 * id, id of the longest name ending there (or -1), edge count, then per edge its
	 * class and its encoded target. A name's tail is a run of consecutive records.
	 */
	private final int[] sparse;

	/**
	 * Per dense state, by row number ({@code id / width}): the id of the longest name
	 * ending there, or -1.
	 */
	private final int[] denseOutput;

	private final int stateCount;

	private final int[] paddedLengths;

	private final int start;

	private final int ringSize;

	private NameAutomaton(List<String> names, char[] columns, int width, int[] dense, int denseLimit, int[] sparse,
			int[] denseOutput, int stateCount, int[] paddedLengths, int start, int ringSize) {
		this.names = names;
		this.columns = columns;
		this.width = width;
		this.dense = dense;
		this.denseLimit = denseLimit;
		this.sparse = sparse;
		this.denseOutput = denseOutput;
		this.stateCount = stateCount;
		this.paddedLengths = paddedLengths;
		this.start = start;
		this.ringSize = ringSize;
	}

	/**
	 * Build an automaton over names already in normal form. The index of a name in the
	 * list is its id in the matches reported.
	 * @param normalizedNames distinct, non-empty names, each equal to its own
	 * {@link NameNormalizer#normalizeName normal form}
	 * @return the automaton
	 * @throws IllegalArgumentException when a name is empty, not normalized or given
	 * twice, or the automaton would exceed the size of an array
	 */
	public static NameAutomaton build(Collection<String> normalizedNames) {
		return new Builder(List.copyOf(normalizedNames)).build();
	}

	/**
	 * Builds an automaton in phases: character classes, trie, breadth-first numbering,
	 * failure links, choice of the dense levels, then the dense table and the sparse
	 * records. Each phase reads the fields the previous ones filled.
	 */
	private static final class Builder {

		private final List<String> names;

		private final Map<Character, Integer> letterColumns = new TreeMap<>();

		private long totalLength = 1;

		private int maxLength;

		private int width;

		private char[] columns;

		private int states;

		private int[] paddedLengths;

		/** Breadth-first trie: trie edges only. */
		private int[] pure;

		/** Breadth-first trie completed with the failure transitions (a DFA). */
		private int[] trie;

		/** Per breadth-first state: the id of the name it ends, or -1. */
		private int[] ends;

		private int[] fail;

		private int[] output;

		private int denseCount;

		/** Per breadth-first state: its final id. */
		private int[] id;

		private int[] childCount;

		/** The sparse states in depth-first order. */
		private int[] sparseOrder;

		private int ordered;

		private int sparseSize;

		Builder(List<String> names) {
			this.names = names;
		}

		NameAutomaton build() {
			validateAndCollectLetters();
			assignColumns();
			int[][] trieAndTerminal = insertNames();
			renumberBreadthFirst(trieAndTerminal[0], trieAndTerminal[1]);
			linkFailures();
			chooseDenseLevels();
			numberSparseDepthFirst();
			int[] dense = denseTable();
			int[] sparse = sparseRecords();
			int ringSize = Integer.highestOneBit(Math.max(this.maxLength + 1, 2)) << 1;
			int start = dense[SEPARATOR_COLUMN];
			return new NameAutomaton(this.names, this.columns, this.width, dense, this.denseCount * this.width, sparse,
					Arrays.copyOf(this.output, this.denseCount), this.states, this.paddedLengths, start, ringSize);
		}

		/** Check the names and collect the letters and digits they use. */
		private void validateAndCollectLetters() {
			Set<String> seen = new HashSet<>();
			for (int id = 0; id < this.names.size(); id++) {
				String name = this.names.get(id);
				if (name.isEmpty() || !NameNormalizer.normalizeName(name).equals(name)) {
					throw new IllegalArgumentException("Name #" + id + " is empty or not in normal form");
				}
				if (!seen.add(name)) {
					throw new IllegalArgumentException("Name #" + id + " is given twice");
				}
				for (int i = 0; i < name.length(); i++) {
					char c = name.charAt(i);
					if (c != NameNormalizer.SEPARATOR) {
						this.letterColumns.putIfAbsent(c, 0);
					}
				}
				this.totalLength += name.length() + 2;
				this.maxLength = Math.max(this.maxLength, name.length() + 2);
			}
		}

		/**
		 * One column per letter or digit of the names, after the separator and "other"
		 * columns; the class of every character.
		 */
		private void assignColumns() {
			this.width = 2;
			for (Map.Entry<Character, Integer> entry : this.letterColumns.entrySet()) {
				entry.setValue(this.width++);
			}
			if (this.totalLength * this.width >= Integer.MAX_VALUE / 2) {
				throw new IllegalArgumentException("Too many names for one automaton (" + this.names.size() + ")");
			}
			this.columns = new char[65536];
			for (int c = 0; c < this.columns.length; c++) {
				char folded = NameNormalizer.fold((char) c);
				if (folded == NameNormalizer.DROPPED) {
					this.columns[c] = DROP;
				}
				else if (folded == NameNormalizer.SEPARATOR) {
					this.columns[c] = SEPARATOR_COLUMN;
				}
				else {
					Integer column = this.letterColumns.get(folded);
					this.columns[c] = (char) ((column != null) ? column : OTHER_COLUMN);
				}
			}
		}

		/**
		 * The trie of the padded names in insertion order: table[state * width + column]
		 * = child state, 0 = none (the root is never a child).
		 * @return the table and the name id each state ends (or -1)
		 */
		private int[][] insertNames() {
			int capacity = (int) this.totalLength;
			int width = this.width;
			int[] table = new int[capacity * width];
			int[] terminal = new int[capacity];
			Arrays.fill(terminal, -1);
			this.states = 1;
			this.paddedLengths = new int[this.names.size()];
			for (int id = 0; id < this.names.size(); id++) {
				String name = this.names.get(id);
				int state = 0;
				for (int i = -1; i <= name.length(); i++) {
					int column = (i < 0 || i == name.length()) ? SEPARATOR_COLUMN : this.columns[name.charAt(i)];
					int child = table[state * width + column];
					if (child == 0) {
						child = this.states++;
						table[state * width + column] = child;
					}
					state = child;
				}
				terminal[state] = id;
				this.paddedLengths[id] = name.length() + 2;
			}
			return new int[][] { table, terminal };
		}

		/**
		 * Renumber the states breadth-first, so that the shallow states, where a scan
		 * spends most of its time, share a few cache lines at the start of the table.
		 */
		private void renumberBreadthFirst(int[] table, int[] terminal) {
			int states = this.states;
			int width = this.width;
			int[] order = new int[states];
			int[] renumbered = new int[states];
			int tail = 1;
			for (int head = 0; head < tail; head++) {
				int row = order[head] * width;
				for (int column = 0; column < width; column++) {
					int child = table[row + column];
					if (child != 0) {
						renumbered[child] = tail;
						order[tail++] = child;
					}
				}
			}
			int[] trie = new int[states * width];
			int[] ends = new int[states];
			for (int state = 0; state < states; state++) {
				int from = order[state] * width;
				for (int column = 0; column < width; column++) {
					int child = table[from + column];
					trie[state * width + column] = (child != 0) ? renumbered[child] : 0;
				}
				ends[state] = terminal[order[state]];
			}
			this.trie = trie;
			this.ends = ends;
			this.pure = trie.clone();
		}

		/**
		 * In breadth-first order: failure links, completed transitions and longest output
		 * per state; a state's failure and a state's parent both come before it.
		 */
		private void linkFailures() {
			int states = this.states;
			int width = this.width;
			int[] trie = this.trie;
			int[] fail = new int[states];
			int[] output = new int[states];
			output[0] = -1;
			for (int state = 0; state < states; state++) {
				if (state != 0) {
					output[state] = (this.ends[state] >= 0) ? this.ends[state] : output[fail[state]];
				}
				int row = state * width;
				int failRow = fail[state] * width;
				for (int column = 0; column < width; column++) {
					int child = trie[row + column];
					if (child != 0) {
						// rows are completed in order: a non-zero entry of this row is
						// still a trie edge
						fail[child] = (state == 0) ? 0 : trie[failRow + column];
					}
					else {
						trie[row + column] = (state == 0) ? 0 : trie[failRow + column];
					}
				}
			}
			this.fail = fail;
			this.output = output;
		}

		/** Dense states: the shallowest levels, as long as they stay few. */
		private void chooseDenseLevels() {
			int states = this.states;
			int width = this.width;
			int[] depth = new int[states];
			for (int state = 0; state < states; state++) {
				for (int column = 0; column < width; column++) {
					int child = this.pure[state * width + column];
					if (child != 0) {
						depth[child] = depth[state] + 1;
					}
				}
			}
			int denseCount = 1;
			for (int level = 1;; level++) {
				int end = denseCount;
				while (end < states && depth[end] == level) {
					end++;
				}
				if (end == denseCount || (level > 2 && end > MAX_DENSE_STATES)) {
					break;
				}
				denseCount = end;
			}
			this.denseCount = denseCount;
		}

		/**
		 * Final ids: dense states the offset of their row in the dense table (their
		 * breadth-first number times the width); the others, taken depth-first, the
		 * offset of their record in the sparse array past those.
		 */
		private void numberSparseDepthFirst() {
			int states = this.states;
			int width = this.width;
			int denseCount = this.denseCount;
			int[] pure = this.pure;
			int denseLimit = denseCount * width;
			int[] id = new int[states];
			for (int state = 0; state < denseCount; state++) {
				id[state] = state * width;
			}
			int[] childCount = new int[states];
			for (int state = 0; state < states; state++) {
				for (int column = 0; column < width; column++) {
					if (pure[state * width + column] != 0) {
						childCount[state]++;
					}
				}
			}
			int[] sparseOrder = new int[states - denseCount];
			int ordered = 0;
			int offset = 0;
			int[] stack = new int[states];
			for (int state = 0; state < denseCount; state++) {
				for (int column = 0; column < width; column++) {
					int child = pure[state * width + column];
					if (child == 0 || child < denseCount) {
						continue;
					}
					int top = 0;
					stack[top++] = child;
					while (top > 0) {
						int current = stack[--top];
						sparseOrder[ordered++] = current;
						id[current] = denseLimit + offset;
						offset += 3 + 2 * childCount[current];
						for (int c = width - 1; c >= 0; c--) {
							int grandChild = pure[current * width + c];
							if (grandChild != 0) {
								stack[top++] = grandChild;
							}
						}
					}
				}
			}
			if ((long) denseLimit + offset >= Integer.MAX_VALUE / 2) {
				throw new IllegalArgumentException("Too many names for one automaton (" + this.names.size() + ")");
			}
			this.id = id;
			this.childCount = childCount;
			this.sparseOrder = sparseOrder;
			this.ordered = ordered;
			this.sparseSize = offset;
		}

		/** The complete transitions of the dense states, targets encoded. */
		private int[] denseTable() {
			int width = this.width;
			int[] dense = new int[this.denseCount * width];
			for (int state = 0; state < this.denseCount; state++) {
				for (int column = 0; column < width; column++) {
					int target = this.trie[state * width + column];
					dense[state * width + column] = encoded(target);
				}
			}
			return dense;
		}

		/**
		 * The record of each sparse state: failure, output, edge count, then its edges.
		 */
		private int[] sparseRecords() {
			int width = this.width;
			int[] sparse = new int[this.sparseSize];
			for (int k = 0; k < this.ordered; k++) {
				int state = this.sparseOrder[k];
				int at = this.id[state] - this.denseCount * width;
				sparse[at] = this.id[this.fail[state]];
				sparse[at + 1] = this.output[state];
				sparse[at + 2] = this.childCount[state];
				int e = at + 3;
				for (int column = 0; column < width; column++) {
					int child = this.pure[state * width + column];
					if (child != 0) {
						sparse[e++] = column;
						sparse[e++] = encoded(child);
					}
				}
			}
			return sparse;
		}

		/** The final id of a state, {@code ~id} when the state ends a name. */
		private int encoded(int state) {
			return (this.output[state] >= 0) ? ~this.id[state] : this.id[state];
		}

	}

	/**
	 * The encoded state reached from a state on a character class.
	 * @param state a state id (not encoded)
	 * @param column the class
	 * @return the target, {@code ~id} when it ends a name
	 */
	private int transition(int state, int column) {
		final int[] sparse = this.sparse;
		int s = state;
		while (s >= this.denseLimit) {
			int at = s - this.denseLimit;
			for (int e = at + 3, end = e + 2 * sparse[at + 2]; e < end; e += 2) {
				if (sparse[e] == column) {
					return sparse[e + 1];
				}
			}
			s = sparse[at];
		}
		return this.dense[s + column];
	}

	/** The id of the longest name ending at a state, or -1. */
	private int outputOf(int state) {
		return (state < this.denseLimit) ? this.denseOutput[state / this.width]
				: this.sparse[state - this.denseLimit + 1];
	}

	/**
	 * The character classes of a
	 * {@linkplain Scanner#feed(char[], int, int, int, int[], Tokens) tokenizing feed}:
	 * per character its column, its ASCII class ({@link #ASCII_UPPER},
	 * {@link #ASCII_DIGIT}, {@link #ASCII_LOWER} or none) and whether it is marked, in
	 * one {@code int}, so that the feed loads one class per character for both.
	 * @param marked per ASCII character: whether the feed reports it to
	 * {@link Tokens#marked} ({@code \n} always is; letters and digits must not be)
	 * @return the classes of all {@code char} values
	 */
	int[] tokenizingClasses(boolean[] marked) {
		int[] classes = new int[65536];
		for (int c = 0; c < classes.length; c++) {
			int column = this.columns[c];
			int ascii = 0;
			if (c >= 'A' && c <= 'Z') {
				ascii = ASCII_UPPER;
			}
			else if (c >= 'a' && c <= 'z') {
				ascii = ASCII_LOWER;
			}
			else if (c >= '0' && c <= '9') {
				ascii = ASCII_DIGIT;
			}
			int entry = column | (ascii << ASCII_SHIFT);
			if (c == '\n' || (ascii == 0 && c < marked.length && marked[c])) {
				entry |= MARKED | SPECIAL;
			}
			// the fast path knows two kinds: an ASCII letter or digit read as a letter of
			// the names, and a separator that is no ASCII letter or digit
			boolean fast = (ascii != 0) ? column != SEPARATOR_COLUMN && column != DROP : column == SEPARATOR_COLUMN;
			if (!fast) {
				entry |= SPECIAL;
			}
			classes[c] = entry;
		}
		return classes;
	}

	/**
	 * What a {@linkplain Scanner#feed(char[], int, int, int, int[], Tokens) tokenizing
	 * feed} reports besides the names: the runs of ASCII letters and digits without a
	 * lower-case letter, and the marked characters, in text order.
	 */
	interface Tokens {

		/**
		 * A maximal run of ASCII letters and digits without a lower-case letter ended.
		 * @param start offset of its first character
		 * @param end offset after its last character
		 * @param flags {@link #ASCII_UPPER} and {@link #ASCII_DIGIT} as found in it
		 */
		void runEnded(int start, int end, int flags);

		/**
		 * A marked character, read after the run before it was reported and before the
		 * names read it.
		 * @param c the character
		 * @param offset its offset in the text
		 * @return false to stop the feed before the character (the names do not read it)
		 */
		boolean marked(char c, int offset);

	}

	/**
	 * The names, in id order.
	 * @return the names
	 */
	public List<String> names() {
		return this.names;
	}

	/**
	 * The number of states of the automaton.
	 * @return the state count
	 */
	public int stateCount() {
		return this.stateCount;
	}

	/**
	 * A new scanner over this automaton, for one text.
	 * @return a scanner at the start of a text
	 */
	public Scanner scanner() {
		return new Scanner();
	}

	/**
	 * All names found in a text, resolved as described in the class comment.
	 * @param text the text
	 * @return the matches in text order
	 */
	public List<Match> findAll(CharSequence text) {
		Scanner scanner = scanner();
		int n = text.length();
		for (int i = 0; i < n; i++) {
			scanner.next(text.charAt(i), i, 0);
		}
		scanner.finish(n, 0);
		int count = scanner.resolve();
		List<Match> matches = new ArrayList<>(count);
		for (int k = 0; k < count; k++) {
			matches.add(new Match(scanner.nameId(k), scanner.start(k), scanner.end(k)));
		}
		return matches;
	}

	/**
	 * A name found in a text.
	 *
	 * @param nameId the id of the name (its index in {@link #names()})
	 * @param start offset of its first character in the text
	 * @param end offset just after its last letter or digit in the text
	 */
	public record Match(int nameId, int start, int end) {

	}

	/**
	 * The state of one scan over a text: fed the characters of the text in order, then
	 * {@link #finish finished} and {@link #resolve resolved}. Not thread-safe.
	 */
	public final class Scanner {

		private final int[] ring;

		private final int ringMask;

		private int state;

		private boolean lastSeparator;

		private int emitted;

		private int line = 1;

		private int[] starts = new int[16];

		private int[] ends = new int[16];

		private int[] ids = new int[16];

		/** Per match: its line, negative when a {@code \n} lies within the match. */
		private int[] lines = new int[16];

		/** Tokenizing feed: offset of the current run of ASCII letters and digits. */
		private int runStart;

		/** Tokenizing feed: the ASCII classes found in the current run, 0 when none. */
		private int runFlags;

		private int count;

		/** Offset of the last {@code \n} read by {@link #feed}, or -1. */
		private int newline = -1;

		/** Scratch of {@link #resolveCluster}: the candidates of a small cluster. */
		private int[] candidates = new int[0];

		/** Scratch of {@link #resolveCluster}: their order, longest first. */
		private int[] order = new int[0];

		/** Scratch of {@link #resolveCluster}: which of them are accepted. */
		private boolean[] accepted = new boolean[0];

		Scanner() {
			this.ring = new int[NameAutomaton.this.ringSize];
			this.ringMask = this.ring.length - 1;
			this.state = NameAutomaton.this.start;
			this.lastSeparator = true;
			this.ring[0] = -1;
			this.emitted = 1;
		}

		/**
		 * Read the next character of the text.
		 * @param c the character
		 * @param position its offset in the text
		 * @param line its line, kept with a match that this character ends
		 */
		public void next(char c, int position, int line) {
			int column = NameAutomaton.this.columns[c];
			if (column == SEPARATOR_COLUMN) {
				if (this.lastSeparator) {
					return;
				}
				this.lastSeparator = true;
			}
			else if (column == DROP) {
				return;
			}
			else {
				this.lastSeparator = false;
			}
			this.ring[this.emitted & this.ringMask] = position;
			this.emitted++;
			int next = transition(this.state, column);
			if (next >= 0) {
				this.state = next;
			}
			else {
				this.state = ~next;
				found(line, this.newline);
			}
		}

		/**
		 * Read the next characters of the text, counting lines itself: a match keeps the
		 * line of the character that ends it, line 1 being the line of the first
		 * character fed, {@code \n} ending a line. Do not mix with
		 * {@link #next(char, int, int)} in one scan.
		 * @param chunk the characters
		 * @param count how many of them to read, from index 0
		 * @param base the offset in the text of {@code chunk[0]}
		 */
		public void feed(char[] chunk, int count, int base) {
			feed(chunk, 0, count, base);
		}

		/**
		 * Read characters of a chunk of the text, as {@link #feed(char[], int, int)}
		 * does.
		 * @param chunk the characters
		 * @param from the index of the first one to read
		 * @param to the index after the last one to read
		 * @param base the offset in the text of {@code chunk[0]}
		 */
		void feed(char[] chunk, int from, int to, int base) {
			final NameAutomaton automaton = NameAutomaton.this;
			final char[] columns = automaton.columns;
			final int[] dense = automaton.dense;
			final int denseLimit = automaton.denseLimit;
			final int[] ring = this.ring;
			final int mask = this.ringMask;
			int state = this.state;
			boolean lastSeparator = this.lastSeparator;
			int emitted = this.emitted;
			int line = this.line;
			int newline = this.newline;
			int newlineBefore = newline;
			for (int k = from; k < to; k++) {
				char c = chunk[k];
				int column = columns[c];
				if (column == SEPARATOR_COLUMN) {
					if (c == '\n') {
						line++;
						newlineBefore = newline;
						newline = base + k;
					}
					if (lastSeparator) {
						continue;
					}
					lastSeparator = true;
				}
				else if (column == DROP) {
					continue;
				}
				else {
					lastSeparator = false;
				}
				ring[emitted & mask] = base + k;
				emitted++;
				int next = (state < denseLimit) ? dense[state + column] : automaton.transition(state, column);
				if (next >= 0) {
					state = next;
				}
				else {
					state = ~next;
					this.state = state;
					this.emitted = emitted;
					if (c == '\n') {
						found(line - 1, newlineBefore);
					}
					else {
						found(line, newline);
					}
				}
			}
			this.state = state;
			this.lastSeparator = lastSeparator;
			this.emitted = emitted;
			this.line = line;
			this.newline = newline;
		}

		/**
		 * Read characters of a chunk of the text as {@link #feed(char[], int, int, int)}
		 * does and, in the same loop, tokenize them: report to {@code tokens} each run of
		 * ASCII letters and digits without a lower-case letter when it ends, and each
		 * marked character. One class is loaded and one word-boundary branch taken per
		 * character for both. A run reaching {@code to} stays
		 * {@linkplain #pendingRun(int, int) pending} for the next call.
		 * @param chunk the characters
		 * @param from the index of the first one to read
		 * @param to the index after the last one to read
		 * @param base the offset in the text of {@code chunk[0]}
		 * @param classes the {@linkplain NameAutomaton#tokenizingClasses classes} of this
		 * automaton
		 * @param tokens what receives the runs and the marked characters
		 * @return {@code to}, or the index of the marked character before which
		 * {@code tokens} stopped the feed
		 */
		int feed(char[] chunk, int from, int to, int base, int[] classes, Tokens tokens) {
			final NameAutomaton automaton = NameAutomaton.this;
			final int[] dense = automaton.dense;
			final int denseLimit = automaton.denseLimit;
			final int[] ring = this.ring;
			final int mask = this.ringMask;
			int state = this.state;
			boolean lastSeparator = this.lastSeparator;
			int emitted = this.emitted;
			int line = this.line;
			int newline = this.newline;
			int newlineBefore = newline;
			int runStart = this.runStart;
			int runFlags = this.runFlags;
			int k = from;
			for (; k < to; k++) {
				char c = chunk[k];
				int entry = classes[c];
				int column = entry & COLUMN_MASK;
				if (entry >= 0) {
					if (column == SEPARATOR_COLUMN) {
						if (runFlags != 0) {
							if (runFlags < ASCII_LOWER) {
								tokens.runEnded(runStart, base + k, runFlags);
							}
							runFlags = 0;
						}
						runStart = base + k + 1;
						if (lastSeparator) {
							continue;
						}
						lastSeparator = true;
					}
					else {
						runFlags |= entry >>> ASCII_SHIFT;
						lastSeparator = false;
					}
				}
				else {
					int ascii = (entry >>> ASCII_SHIFT) & ASCII_MASK;
					if (ascii != 0) {
						runFlags |= ascii;
					}
					else {
						if (runFlags != 0 && runFlags < ASCII_LOWER) {
							tokens.runEnded(runStart, base + k, runFlags);
						}
						runFlags = 0;
						runStart = base + k + 1;
					}
					if ((entry & MARKED) != 0) {
						if (!tokens.marked(c, base + k)) {
							break;
						}
						if (c == '\n') {
							line++;
							newlineBefore = newline;
							newline = base + k;
						}
					}
					if (column == DROP) {
						continue;
					}
					if (column == SEPARATOR_COLUMN) {
						if (lastSeparator) {
							continue;
						}
						lastSeparator = true;
					}
					else {
						lastSeparator = false;
					}
				}
				ring[emitted & mask] = base + k;
				emitted++;
				int next = (state < denseLimit) ? dense[state + column] : automaton.transition(state, column);
				if (next >= 0) {
					state = next;
				}
				else {
					state = ~next;
					this.state = state;
					this.emitted = emitted;
					if (c == '\n') {
						found(line - 1, newlineBefore);
					}
					else {
						found(line, newline);
					}
				}
			}
			this.state = state;
			this.lastSeparator = lastSeparator;
			this.emitted = emitted;
			this.line = line;
			this.newline = newline;
			this.runStart = runStart;
			this.runFlags = runFlags;
			return k;
		}

		/**
		 * Set the run of ASCII letters and digits that a tokenizing feed continues.
		 * @param start offset of its first character (or of the next character when there
		 * is none)
		 * @param flags the ASCII classes found in it so far, 0 when there is none
		 */
		void pendingRun(int start, int flags) {
			this.runStart = start;
			this.runFlags = flags;
		}

		/**
		 * The offset of the run a tokenizing feed left pending.
		 * @return the offset of its first character
		 */
		int pendingRunStart() {
			return this.runStart;
		}

		/**
		 * The ASCII classes of the run a tokenizing feed left pending.
		 * @return the classes, 0 when no run is pending
		 */
		int pendingRunFlags() {
			return this.runFlags;
		}

		/**
		 * Mark the end of the text.
		 * @param length the length of the text
		 * @param line the last line
		 */
		public void finish(int length, int line) {
			next(' ', length, line);
		}

		/**
		 * Mark the end of a text read with {@link #feed}.
		 * @param length the length of the text
		 */
		public void finish(int length) {
			next(' ', length, this.line);
		}

		/**
		 * Keep the match ending at the current state.
		 * @param line the line of the character that ended it
		 * @param newline the offset of the last {@code \n} before that character, or -1
		 */
		private void found(int line, int newline) {
			int id = outputOf(this.state);
			int padded = NameAutomaton.this.paddedLengths[id];
			int start = this.ring[(this.emitted - padded + 1) & this.ringMask];
			int end = this.ring[(this.emitted - 2) & this.ringMask] + 1;
			if (this.count == this.starts.length) {
				int capacity = this.count * 2;
				this.starts = Arrays.copyOf(this.starts, capacity);
				this.ends = Arrays.copyOf(this.ends, capacity);
				this.ids = Arrays.copyOf(this.ids, capacity);
				this.lines = Arrays.copyOf(this.lines, capacity);
			}
			this.starts[this.count] = start;
			this.ends[this.count] = end;
			this.ids[this.count] = id;
			this.lines[this.count] = (newline >= start) ? -line : line;
			this.count++;
		}

		/**
		 * Drop the matches that overlap a longer one (see the class comment) and keep the
		 * others in text order.
		 * @return the number of matches kept, readable by index with {@link #nameId},
		 * {@link #start}, {@link #end} and {@link #line}
		 */
		public int resolve() {
			sortByStart();
			boolean[] keep = new boolean[this.count];
			int from = 0;
			while (from < this.count) {
				int to = from + 1;
				int maxEnd = this.ends[from];
				while (to < this.count && this.starts[to] < maxEnd) {
					maxEnd = Math.max(maxEnd, this.ends[to]);
					to++;
				}
				if (to - from == 1) {
					keep[from] = true;
				}
				else {
					resolveCluster(from, to, keep);
				}
				from = to;
			}
			int kept = 0;
			for (int k = 0; k < this.count; k++) {
				if (keep[k]) {
					this.starts[kept] = this.starts[k];
					this.ends[kept] = this.ends[k];
					this.ids[kept] = this.ids[k];
					this.lines[kept] = this.lines[k];
					kept++;
				}
			}
			this.count = kept;
			return kept;
		}

		/**
		 * Sort the matches by start, longest first on equal start. They come sorted by
		 * end, so a match is out of place by at most the number of matches within the
		 * length of the longest name: insertion sort is linear.
		 */
		private void sortByStart() {
			for (int k = 1; k < this.count; k++) {
				int start = this.starts[k];
				int end = this.ends[k];
				int id = this.ids[k];
				int line = this.lines[k];
				int j = k - 1;
				while (j >= 0 && (this.starts[j] > start || (this.starts[j] == start && this.ends[j] < end))) {
					this.starts[j + 1] = this.starts[j];
					this.ends[j + 1] = this.ends[j];
					this.ids[j + 1] = this.ids[j];
					this.lines[j + 1] = this.lines[j];
					j--;
				}
				this.starts[j + 1] = start;
				this.ends[j + 1] = end;
				this.ids[j + 1] = id;
				this.lines[j + 1] = line;
			}
		}

		/**
		 * Resolve a cluster of overlapping matches: a match inside another never counts,
		 * and among partial overlaps the longest wins (the leftmost on equal length). A
		 * small cluster is resolved in scratch arrays; a larger one by
		 * {@link #resolveLargeCluster}.
		 */
		private void resolveCluster(int from, int to, boolean[] keep) {
			if (to - from > SMALL_CLUSTER) {
				resolveLargeCluster(from, to, keep);
				return;
			}
			if (this.candidates.length < to - from) {
				this.candidates = new int[SMALL_CLUSTER];
				this.order = new int[SMALL_CLUSTER];
				this.accepted = new boolean[SMALL_CLUSTER];
			}
			int[] candidates = this.candidates;
			int[] order = this.order;
			boolean[] accepted = this.accepted;
			// the cluster is sorted by start, longest first on equal start: a match that
			// ends no further than the ones before lies inside one of them
			int count = 0;
			int maxEnd = -1;
			for (int k = from; k < to; k++) {
				if (this.ends[k] > maxEnd) {
					candidates[count] = k;
					order[count] = count;
					accepted[count] = false;
					count++;
					maxEnd = this.ends[k];
				}
			}
			// the candidates start and end further with each: sort them longest first,
			// leftmost on equal length
			for (int i = 1; i < count; i++) {
				int c = order[i];
				int j = i - 1;
				while (j >= 0 && longerFirst(candidates[c], candidates[order[j]])) {
					order[j + 1] = order[j];
					j--;
				}
				order[j + 1] = c;
			}
			// each is accepted unless it overlaps the nearest accepted one on either side
			for (int i = 0; i < count; i++) {
				int c = order[i];
				int k = candidates[c];
				boolean overlaps = false;
				for (int j = c - 1; j >= 0; j--) {
					if (accepted[j]) {
						overlaps = this.ends[candidates[j]] > this.starts[k];
						break;
					}
				}
				for (int j = c + 1; j < count && !overlaps; j++) {
					if (accepted[j]) {
						overlaps = this.starts[candidates[j]] < this.ends[k];
						break;
					}
				}
				if (!overlaps) {
					accepted[c] = true;
					keep[k] = true;
				}
			}
		}

		/** Whether match a comes before match b: longer, or as long and further left. */
		private boolean longerFirst(int a, int b) {
			int lengthA = this.ends[a] - this.starts[a];
			int lengthB = this.ends[b] - this.starts[b];
			return (lengthA != lengthB) ? lengthA > lengthB : this.starts[a] < this.starts[b];
		}

		/** {@link #resolveCluster} for a large cluster, in O(n log n). */
		private void resolveLargeCluster(int from, int to, boolean[] keep) {
			// first: a match inside another match never counts, even if that one loses
			// below
			Integer[] byStart = new Integer[to - from];
			for (int k = from; k < to; k++) {
				byStart[k - from] = k;
			}
			Arrays.sort(byStart, (a, b) -> (this.starts[a] != this.starts[b])
					? Integer.compare(this.starts[a], this.starts[b]) : Integer.compare(this.ends[b], this.ends[a]));
			List<Integer> candidates = new ArrayList<>(byStart.length);
			int maxEnd = -1;
			for (Integer k : byStart) {
				if (this.ends[k] > maxEnd) {
					candidates.add(k);
					maxEnd = this.ends[k];
				}
			}
			// then: among partial overlaps, the longest wins (the leftmost on equal
			// length)
			candidates.sort((a, b) -> {
				int byLength = Integer.compare(this.ends[b] - this.starts[b], this.ends[a] - this.starts[a]);
				return (byLength != 0) ? byLength : Integer.compare(this.starts[a], this.starts[b]);
			});
			TreeMap<Integer, Integer> accepted = new TreeMap<>();
			for (Integer k : candidates) {
				int s = this.starts[k];
				int e = this.ends[k];
				Map.Entry<Integer, Integer> before = accepted.floorEntry(s);
				if (before != null && before.getValue() > s) {
					continue;
				}
				Map.Entry<Integer, Integer> after = accepted.ceilingEntry(s);
				if (after != null && after.getKey() < e) {
					continue;
				}
				accepted.put(s, e);
				keep[k] = true;
			}
		}

		/**
		 * The name id of a kept match.
		 * @param k the index of the match, below the count {@link #resolve} returned
		 * @return the name id
		 */
		public int nameId(int k) {
			return this.ids[k];
		}

		/**
		 * The start offset of a kept match.
		 * @param k the index of the match
		 * @return the offset of its first character
		 */
		public int start(int k) {
			return this.starts[k];
		}

		/**
		 * The end offset of a kept match.
		 * @param k the index of the match
		 * @return the offset just after its last letter or digit
		 */
		public int end(int k) {
			return this.ends[k];
		}

		/**
		 * Whether a {@code \n} read by {@link #feed} lies within a kept match (its
		 * {@link #line} is then not that of its first character).
		 * @param k the index of the match
		 * @return whether the match spans lines
		 */
		public boolean spansLines(int k) {
			return this.lines[k] < 0;
		}

		/**
		 * The line given with the character that ended a kept match.
		 * @param k the index of the match
		 * @return that line
		 */
		public int line(int k) {
			return Math.abs(this.lines[k]);
		}

	}

}
