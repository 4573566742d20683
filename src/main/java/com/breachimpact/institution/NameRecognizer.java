package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Client names and aliases as whole word sequences, found by a {@link NameAutomaton} fed
 * each chunk of the text. Besides its registered spelling a name also matches in the
 * spellings of {@link NameVariants}, but a variant never takes a spelling another client
 * registered. A name or alias that is a common word counts only where it is used as a
 * name ({@link NameUsage}); a name shared by several clients gives evidence to one of
 * them only when the city or state of exactly that one ({@link ClientPlace}) is near the
 * mention, otherwise it is reported as an {@link AmbiguousMention}.
 */
final class NameRecognizer implements InstitutionRecognizer {

	/** How far across lines the place of a namesake counts as near its mention. */
	private static final int NEAR = 80;

	/** How far the walk for {@link #NEAR} characters of text may go over markup. */
	private static final int MARKUP_REACH = 1000;

	/** How far along its own line the place of a namesake counts as near its mention. */
	private static final int LINE_REACH = 300;

	/** What {@code placed} returns when a place gave the evidence. */
	private static final String PLACED = "";

	/** Longest first line read for CSV headers. */
	private static final int FIRST_LINE = 4000;

	private final NameAutomaton automaton;

	private final NameOwner[][] nameOwners;

	/** Per name id: its normal form. */
	private final String[] nameKeys;

	/**
	 * Per name id: whether a mention needs checking (namesakes or a common word) before
	 * it counts.
	 */
	private final boolean[] checkedNames;

	/** Per name id: whether it is a common word to one of its owners. */
	private final boolean[] commonWordNames;

	NameRecognizer(ClientRegistry registry) {
		Map<String, List<NameOwner>> names = new LinkedHashMap<>();
		Map<String, List<NameOwner>> variants = new LinkedHashMap<>();
		for (Client client : registry.clients()) {
			for (NameOwner owner : ownersOf(client)) {
				addName(names, NameNormalizer.normalizeName(owner.spelling()), owner);
				for (String variant : NameVariants.of(owner.spelling())) {
					addName(variants, variant, owner);
				}
			}
		}
		// a variant spelling never takes a name or alias registered as such
		variants.forEach(names::putIfAbsent);
		this.automaton = NameAutomaton.build(new ArrayList<>(names.keySet()));
		this.nameOwners = names.values()
			.stream()
			.map((owners) -> owners.toArray(NameOwner[]::new))
			.toArray(NameOwner[][]::new);
		this.nameKeys = names.keySet().toArray(String[]::new);
		this.checkedNames = new boolean[this.nameOwners.length];
		this.commonWordNames = new boolean[this.nameOwners.length];
		for (int k = 0; k < this.nameOwners.length; k++) {
			NameOwner[] owners = this.nameOwners[k];
			for (NameOwner owner : owners) {
				this.commonWordNames[k] |= owner.commonWord();
			}
			this.checkedNames[k] = owners.length > 1 || this.commonWordNames[k];
		}
	}

	/** The legal name and the aliases of a client that differ from it. */
	private static List<NameOwner> ownersOf(Client client) {
		String id = client.clientId();
		ClientPlace place = ClientPlace.of(client);
		String legal = NameNormalizer.normalizeName(client.legalName());
		List<NameOwner> own = new ArrayList<>();
		own.add(new NameOwner(id, EvidenceKind.NAME, client.legalName(),
				CommonWords.isCommonWordName(client, client.legalName()), place));
		for (String alias : client.aliases()) {
			if (!NameNormalizer.normalizeName(alias).equals(legal)) {
				own.add(new NameOwner(id, EvidenceKind.ALIAS, alias, CommonWords.isCommonWordName(client, alias),
						place));
			}
		}
		return own;
	}

	private static void addName(Map<String, List<NameOwner>> names, String normalized, NameOwner owner) {
		if (normalized.isEmpty()) {
			return;
		}
		List<NameOwner> owners = names.computeIfAbsent(normalized, (k) -> new ArrayList<>());
		for (NameOwner existing : owners) {
			if (existing.clientId().equals(owner.clientId())) {
				return;
			}
		}
		owners.add(owner);
	}

	@Override
	public Reader open(TextScan scan) {
		return new NameReader(scan);
	}

	@Override
	public boolean readsChunks() {
		return true;
	}

	@Override
	public NameAutomaton nameAutomaton() {
		return this.automaton;
	}

	/**
	 * A client owning a name, with what its evidence shows: the name as spelled, or with
	 * its place when the place told namesakes apart.
	 */
	private record NameOwner(String clientId, EvidenceKind kind, String spelling, boolean commonWord, ClientPlace place,
			NameCandidate candidate, String placedSpelling) {

		NameOwner(String clientId, EvidenceKind kind, String spelling, boolean commonWord, ClientPlace place) {
			this(clientId, kind, spelling, commonWord, place, new NameCandidate(clientId, kind, spelling),
					spelling + " (" + place.label() + ")");
		}

	}

	/**
	 * The names of one text: the automaton's scanner, then the checks of the mentions it
	 * found.
	 */
	private final class NameReader implements Reader {

		private final TextScan scan;

		private final CharSequence text;

		private final int length;

		private final NameAutomaton.Scanner names;

		private String firstLine;

		/** The normal forms of the two parts of a window around a mention. */
		private final char[][] windows = { new char[256], new char[256] };

		/** The places of the owners of a mention, as {@code placed} looks for them. */
		private ClientPlace[] places = new ClientPlace[8];

		/** What was found of each of those places. */
		private int[] found = new int[8];

		NameReader(TextScan scan) {
			this.scan = scan;
			this.text = scan.text();
			this.length = scan.length();
			this.names = NameRecognizer.this.automaton.scanner();
		}

		@Override
		public void chunk(char[] buffer, int from, int size, int base) {
			this.names.feed(buffer, from, size, base);
		}

		@Override
		public NameAutomaton.Scanner nameScanner() {
			return this.names;
		}

		@Override
		public void finish(TextScan scan) {
			NameAutomaton.Scanner names = this.names;
			names.finish(this.length);
			int count = names.resolve();
			for (int k = 0; k < count; k++) {
				int start = names.start(k);
				int end = names.end(k);
				int line = names.spansLines(k) ? names.line(k) - newlines(start, end) : names.line(k);
				int id = names.nameId(k);
				NameOwner[] owners = NameRecognizer.this.nameOwners[id];
				if (!NameRecognizer.this.checkedNames[id]) {
					for (NameOwner owner : owners) {
						scan.evidence(owner.clientId(), owner.kind(), owner.spelling(), start, line);
					}
				}
				else {
					checkedName(id, owners, start, end, line);
				}
			}
		}

		/**
		 * A mention of a common word or of a name shared by several clients: the common
		 * word counts only where used as a name, and namesakes are told apart by the
		 * place of exactly one of them near the mention, or left ambiguous.
		 */
		private void checkedName(int id, NameOwner[] owners, int start, int end, int line) {
			if (!NameRecognizer.this.commonWordNames[id]) {
				namesakes(NameRecognizer.this.nameKeys[id], Arrays.asList(owners), start, end, line);
				return;
			}
			List<NameOwner> kept = new ArrayList<>(owners.length);
			Boolean usedAsName = null;
			for (NameOwner owner : owners) {
				if (owner.commonWord()) {
					if (usedAsName == null) {
						usedAsName = NameUsage.usedAsName(this.text, start, end, firstLine());
					}
					if (!usedAsName) {
						continue;
					}
				}
				kept.add(owner);
			}
			if (kept.size() == 1) {
				NameOwner owner = kept.get(0);
				this.scan.evidence(owner.clientId(), owner.kind(), owner.spelling(), start, line);
			}
			else if (kept.size() > 1) {
				namesakes(NameRecognizer.this.nameKeys[id], kept, start, end, line);
			}
		}

		private void namesakes(String name, List<NameOwner> owners, int start, int end, int line) {
			// first the mention's own line (up to LINE_REACH characters either side),
			// then the rest of NEAR characters either side, across lines (walked only
			// when the line names no place): the first that names a place decides
			int lineFrom = start;
			while (lineFrom > 0 && start - lineFrom < LINE_REACH && this.text.charAt(lineFrom - 1) != '\n') {
				lineFrom--;
			}
			int lineTo = end;
			while (lineTo < this.length && lineTo - end < LINE_REACH && this.text.charAt(lineTo) != '\n') {
				lineTo++;
			}
			String several = placed(owners, lineFrom, start, end, lineTo, start, line);
			if (several == null) {
				several = placed(owners, Math.min(reach(start, -1), lineFrom), lineFrom, lineTo,
						Math.max(reach(end, 1), lineTo), start, line);
			}
			if (several == PLACED) {
				return;
			}
			String reason = (several != null) ? "places of several of them near the mention (" + several + ")"
					: "no city or state of one of them near the mention";
			List<NameCandidate> candidates = new ArrayList<>(owners.size());
			for (NameOwner owner : owners) {
				candidates.add(owner.candidate());
			}
			this.scan.ambiguous(new AmbiguousMention(name, candidates, start, line, reason));
		}

		/**
		 * Look for the places of namesakes in a window around a mention: the text from
		 * {@code from} to {@code before} and from {@code after} to {@code to}. When the
		 * place of exactly one of them is there (or the city of exactly one when several
		 * places are), that one gets the evidence.
		 * @return {@link #PLACED} when one got the evidence, the ids of the clients whose
		 * places are there when several are, or null when none is (or the window is
		 * empty)
		 */
		private String placed(List<NameOwner> owners, int from, int before, int after, int to, int start, int line) {
			if (from == before && after == to) {
				return null;
			}
			int beforeLength = fold(from, before, 0);
			int afterLength = fold(after, to, 1);
			char[] textBefore = this.windows[0];
			char[] textAfter = this.windows[1];
			List<String> codes = new ArrayList<>(2);
			ClientPlace.addressCodes(this.text, from, before, codes);
			ClientPlace.addressCodes(this.text, after, to, codes);
			int count = owners.size();
			if (this.places.length < count) {
				this.places = new ClientPlace[count];
				this.found = new int[count];
			}
			for (int o = 0; o < count; o++) {
				this.places[o] = owners.get(o).place();
				this.found[o] = 0;
			}
			ClientPlace.findNames(this.places, count, textBefore, beforeLength, this.found);
			ClientPlace.findNames(this.places, count, textAfter, afterLength, this.found);
			NameOwner placed = null;
			NameOwner byCity = null;
			int placedCount = 0;
			int cityCount = 0;
			StringBuilder several = new StringBuilder();
			for (int o = 0; o < count; o++) {
				NameOwner owner = owners.get(o);
				ClientPlace place = owner.place();
				if (!place.isKnown()) {
					continue;
				}
				boolean city = (this.found[o] & ClientPlace.CITY_FOUND) != 0;
				if (city) {
					byCity = owner;
					cityCount++;
				}
				if (city || (this.found[o] & ClientPlace.REGION_FOUND) != 0 || place.codeIn(codes)) {
					placed = owner;
					placedCount++;
					several.append((several.length() > 0) ? ", " : "").append(owner.clientId());
				}
			}
			if (placedCount > 1 && cityCount == 1) {
				placed = byCity;
				placedCount = 1;
			}
			if (placedCount == 1) {
				this.scan.evidence(placed.clientId(), placed.kind(), placed.placedSpelling(), start, line);
				return PLACED;
			}
			return (placedCount > 1) ? several.toString() : null;
		}

		/**
		 * The offset {@link #NEAR} characters of text away from an offset, markup tags
		 * ({@code <TwnNm>}, {@code </Nm>}: a {@code <} followed by a letter, {@code /},
		 * {@code ?} or {@code !}, up to its {@code >}) not counting: in XML read with its
		 * markup, the town of an agent is a few tags after its name. At most
		 * {@link #MARKUP_REACH} characters are walked.
		 * @param from the offset to start at
		 * @param step -1 to go back, 1 to go forward
		 * @return the offset reached, within the text
		 */
		private int reach(int from, int step) {
			int counted = 0;
			int p = from;
			int walked = 0;
			boolean inTag = false;
			while (counted < NEAR && walked < MARKUP_REACH) {
				int next = (step > 0) ? p : p - 1;
				if (next < 0 || next >= this.length) {
					break;
				}
				char c = this.text.charAt(next);
				if (step > 0) {
					if (!inTag && c == '<' && next + 1 < this.length && opensTag(this.text.charAt(next + 1))) {
						inTag = true;
					}
					else if (inTag && c == '>') {
						inTag = false;
						counted--;
					}
				}
				else {
					if (!inTag && c == '>' && closesTagBackward(next)) {
						inTag = true;
					}
					else if (inTag && c == '<') {
						inTag = false;
						counted--;
					}
				}
				if (!inTag) {
					counted++;
				}
				p += step;
				walked++;
			}
			return p;
		}

		private static boolean opensTag(char c) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '?' || c == '!';
		}

		/**
		 * Whether the {@code >} at an offset ends a tag: a {@code <} that opens one comes
		 * before it on its line, with no {@code >} between.
		 */
		private boolean closesTagBackward(int at) {
			for (int i = at - 1; i >= 0 && at - i < LINE_REACH; i--) {
				char c = this.text.charAt(i);
				if (c == '>' || c == '\n') {
					return false;
				}
				if (c == '<') {
					return i + 1 < this.length && opensTag(this.text.charAt(i + 1));
				}
			}
			return false;
		}

		/**
		 * The normal form of a range of the text (as {@link NameNormalizer} gives it)
		 * with a space before and after, in one of the {@link #windows}.
		 * @return its length
		 */
		private int fold(int from, int to, int window) {
			if (this.windows[window].length < to - from + 2) {
				this.windows[window] = new char[to - from + 2];
			}
			char[] out = this.windows[window];
			int length = 0;
			out[length++] = NameNormalizer.SEPARATOR;
			for (int i = from; i < to; i++) {
				char folded = NameNormalizer.fold(this.text.charAt(i));
				if (folded == NameNormalizer.DROPPED
						|| (folded == NameNormalizer.SEPARATOR && out[length - 1] == NameNormalizer.SEPARATOR)) {
					continue;
				}
				out[length++] = folded;
			}
			if (out[length - 1] != NameNormalizer.SEPARATOR) {
				out[length++] = NameNormalizer.SEPARATOR;
			}
			return length;
		}

		/**
		 * The first non-blank line of the text (at most 4,000 characters), for CSV
		 * headers.
		 */
		private String firstLine() {
			if (this.firstLine == null) {
				int from = 0;
				while (from < this.length && Character.isWhitespace(this.text.charAt(from))) {
					from++;
				}
				int to = from;
				while (to < this.length && to - from < FIRST_LINE && this.text.charAt(to) != '\n'
						&& this.text.charAt(to) != '\r') {
					to++;
				}
				this.firstLine = this.text.subSequence(from, to).toString();
			}
			return this.firstLine;
		}

		private int newlines(int from, int to) {
			int count = 0;
			for (int i = from; i < to; i++) {
				if (this.text.charAt(i) == '\n') {
					count++;
				}
			}
			return count;
		}

	}

}
