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
 * An Aho-Corasick automaton over normalized names (see {@link NameNormalizer})
 * that finds them as whole word sequences in a text in one pass, folding the
 * text on the fly.
 * <p>
 * Every name is stored padded with a separator on both sides and the text is
 * read as if it began and ended with a separator, so a match always starts and
 * ends at a word boundary. The automaton is a complete DFA: one flat {@code int}
 * table with a row per state and a column per character class (separator,
 * character of no name, then each letter or digit found in the names), so a
 * text character costs one table lookup for its class and one for the next
 * state; states that end a name are marked by a negative entry.
 * <p>
 * Overlapping matches are resolved so that a name found inside a longer name
 * never counts: at each end position only the longest name ending there is
 * kept, a match lying within another match is dropped, and among the matches
 * left that overlap the longest wins (the leftmost on equal length). Instances are immutable and thread-safe; each scan uses its own
 * {@link Scanner}.
 */
public final class NameAutomaton {

	private static final char DROP = '\uFFFF';

	private static final int SEPARATOR_COLUMN = 0;

	private static final int OTHER_COLUMN = 1;

	private final List<String> names;

	private final char[] columns;

	private final int width;

	private final int[] delta;

	private final int[] output;

	private final int[] paddedLengths;

	private final int start;

	private final int ringSize;

	private NameAutomaton(List<String> names, char[] columns, int width, int[] delta, int[] output,
			int[] paddedLengths, int start, int ringSize) {
		this.names = names;
		this.columns = columns;
		this.width = width;
		this.delta = delta;
		this.output = output;
		this.paddedLengths = paddedLengths;
		this.start = start;
		this.ringSize = ringSize;
	}

	/**
	 * Build an automaton over names already in normal form. The index of a name
	 * in the list is its id in the matches reported.
	 * @param normalizedNames distinct, non-empty names, each equal to its own
	 * {@link NameNormalizer#normalizeName normal form}
	 * @return the automaton
	 * @throws IllegalArgumentException when a name is empty, not normalized or
	 * given twice, or the automaton would exceed the size of an array
	 */
	public static NameAutomaton build(Collection<String> normalizedNames) {
		List<String> names = List.copyOf(normalizedNames);
		Map<Character, Integer> letterColumns = new TreeMap<>();
		long totalLength = 1;
		int maxLength = 0;
		Set<String> seen = new HashSet<>();
		for (int id = 0; id < names.size(); id++) {
			String name = names.get(id);
			if (name.isEmpty() || !NameNormalizer.normalizeName(name).equals(name)) {
				throw new IllegalArgumentException("Name #" + id + " is empty or not in normal form");
			}
			if (!seen.add(name)) {
				throw new IllegalArgumentException("Name #" + id + " is given twice");
			}
			for (int i = 0; i < name.length(); i++) {
				char c = name.charAt(i);
				if (c != NameNormalizer.SEPARATOR) {
					letterColumns.putIfAbsent(c, 0);
				}
			}
			totalLength += name.length() + 2;
			maxLength = Math.max(maxLength, name.length() + 2);
		}
		int width = 2;
		for (Map.Entry<Character, Integer> entry : letterColumns.entrySet()) {
			entry.setValue(width++);
		}
		if (totalLength * width >= Integer.MAX_VALUE / 2) {
			throw new IllegalArgumentException("Too many names for one automaton (" + names.size() + ")");
		}
		char[] columns = new char[65536];
		for (int c = 0; c < columns.length; c++) {
			char folded = NameNormalizer.fold((char) c);
			if (folded == NameNormalizer.DROPPED) {
				columns[c] = DROP;
			}
			else if (folded == NameNormalizer.SEPARATOR) {
				columns[c] = SEPARATOR_COLUMN;
			}
			else {
				Integer column = letterColumns.get(folded);
				columns[c] = (char) ((column != null) ? column : OTHER_COLUMN);
			}
		}
		// trie: table[state * width + column] = child state, 0 = none (the root is never a child)
		int capacity = (int) totalLength;
		int[] table = new int[capacity * width];
		int[] terminal = new int[capacity];
		Arrays.fill(terminal, -1);
		int states = 1;
		int[] paddedLengths = new int[names.size()];
		for (int id = 0; id < names.size(); id++) {
			String name = names.get(id);
			int state = 0;
			for (int i = -1; i <= name.length(); i++) {
				int column = (i < 0 || i == name.length()) ? SEPARATOR_COLUMN : columns[name.charAt(i)];
				int child = table[state * width + column];
				if (child == 0) {
					child = states++;
					table[state * width + column] = child;
				}
				state = child;
			}
			terminal[state] = id;
			paddedLengths[id] = name.length() + 2;
		}
		// breadth-first: failure links, completed transitions and longest output per state
		int[] fail = new int[states];
		int[] output = new int[states];
		output[0] = -1;
		int[] queue = new int[states];
		int head = 0;
		int tail = 0;
		queue[tail++] = 0;
		while (head < tail) {
			int state = queue[head++];
			if (state != 0) {
				output[state] = (terminal[state] >= 0) ? terminal[state] : output[fail[state]];
			}
			int row = state * width;
			int failRow = fail[state] * width;
			for (int column = 0; column < width; column++) {
				int child = table[row + column];
				if (child != 0) {
					// rows are completed only when their state is dequeued: a non-zero entry is a trie edge
					fail[child] = (state == 0) ? 0 : table[failRow + column];
					queue[tail++] = child;
				}
				else {
					table[row + column] = (state == 0) ? 0 : table[failRow + column];
				}
			}
		}
		int[] delta = new int[states * width];
		for (int i = 0; i < delta.length; i++) {
			int target = table[i];
			delta[i] = (output[target] >= 0) ? ~(target * width) : target * width;
		}
		int ringSize = Integer.highestOneBit(Math.max(maxLength + 1, 2)) << 1;
		int start = delta[SEPARATOR_COLUMN];
		return new NameAutomaton(names, columns, width, delta, Arrays.copyOf(output, states), paddedLengths,
				start, ringSize);
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
		return this.output.length;
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
	 * The state of one scan over a text: fed the characters of the text in order,
	 * then {@link #finish finished} and {@link #resolve resolved}. Not
	 * thread-safe.
	 */
	public final class Scanner {

		private final int[] ring;

		private final int ringMask;

		private int state;

		private boolean lastSeparator;

		private int emitted;

		private int[] starts = new int[16];

		private int[] ends = new int[16];

		private int[] ids = new int[16];

		private int[] lines = new int[16];

		private int count;

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
			int next = NameAutomaton.this.delta[this.state + column];
			if (next >= 0) {
				this.state = next;
			}
			else {
				this.state = ~next;
				found(line);
			}
		}

		/**
		 * Mark the end of the text.
		 * @param length the length of the text
		 * @param line the last line
		 */
		public void finish(int length, int line) {
			next(' ', length, line);
		}

		private void found(int line) {
			int id = NameAutomaton.this.output[this.state / NameAutomaton.this.width];
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
			this.lines[this.count] = line;
			this.count++;
		}

		/**
		 * Drop the matches that overlap a longer one (see the class comment) and
		 * keep the others in text order.
		 * @return the number of matches kept, readable by index with
		 * {@link #nameId}, {@link #start}, {@link #end} and {@link #line}
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
		 * Sort the matches by start, longest first on equal start. They come
		 * sorted by end, so a match is out of place by at most the number of
		 * matches within the length of the longest name: insertion sort is linear.
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

		private void resolveCluster(int from, int to, boolean[] keep) {
			// first: a match inside another match never counts, even if that one loses below
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
			// then: among partial overlaps, the longest wins (the leftmost on equal length)
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
		 * The line given with the character that ended a kept match.
		 * @param k the index of the match
		 * @return that line
		 */
		public int line(int k) {
			return this.lines[k];
		}

	}

}
