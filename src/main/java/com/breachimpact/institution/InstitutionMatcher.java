package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.breachimpact.protection.Masking;

/**
 * Maps extracted text and platform paths to the client institutions of a registry, with
 * evidence.
 * <p>
 * In one pass over a text (read a chunk at a time, each chunk going through the name
 * automaton and then the identifier tokenizer while in cache) it finds: client names and
 * aliases as whole word sequences (folded as {@link NameNormalizer} does, a name inside a
 * longer registered name never counting, see {@link NameAutomaton}); ABA routing numbers
 * (nine-digit tokens that are not part of a longer number, the routing numbers of NACHA
 * file header, batch header and entry detail records, and so the
 * {@code <ClrSysMmbId><MmbId>} values of ISO 20022 XML); BICs (8 or 11 upper-case
 * characters; a registered BIC covers every BIC with the same institution part); LEIs;
 * IBANs, compact or in groups of four (matched on their {@linkplain Iban#bankCode bank
 * code}, a client's GB, IE and NL BICs giving their IBAN bank codes too); and e-mail
 * addresses whose domain is a registered domain or one of its sub-domains. Identifiers
 * are validated (check digits, country codes) before anything is reported; identifier
 * evidence carries masked values only. Valid identifiers no client has are reported as
 * {@link UnknownIdentifier}s, except candidates that are too often something else:
 * all-digit LEI candidates, BIC candidates that are common English words, and all-letter
 * BIC candidates (upper-case words such as {@code AGRICOLE} have the form of a BIC)
 * unless "BIC" or "SWIFT" comes within 32 characters before.
 * <p>
 * Names: besides its registered spelling, a name also matches in the spellings of
 * {@link NameVariants} ("and" for "&", other forms of its legal suffix), but a variant
 * never takes a spelling another client registered, and the longest name found wins; so
 * "X Bank, National Association" is the client registered as "X Bank, N.A." and "X Bank
 * and Trust" the one registered as "X Bank &amp; Trust", while "X Bank" stays the client
 * registered as "X Bank". A name or alias that is a common word
 * ({@link CommonWords#isCommonWordName}) counts only where it is used as a name
 * ({@link NameUsage}). A name shared by several clients (namesakes) gives evidence to one
 * of them only when the city or state of exactly that one ({@link ClientPlace}) is near
 * the mention: on its line (up to 300 characters away) or, if nothing there names a place
 * of one of them, within 80 characters across lines; the evidence then shows the place,
 * as in {@code First State Bank (Omaha, NE)}. Otherwise the mention is reported as an
 * {@link AmbiguousMention} and gives evidence to none of them (see
 * {@link NamesakeResolver} to settle it with the file's identifiers).
 * <p>
 * Instances are immutable and thread-safe; build one per registry and share it.
 */
public final class InstitutionMatcher {

	private static final int CHUNK = 1 << 14;

	private static final int BIC_CONTEXT = 32;

	/** How far across lines the place of a namesake counts as near its mention. */
	private static final int NEAR = 80;

	/** How far along its own line the place of a namesake counts as near its mention. */
	private static final int LINE_REACH = 300;

	private static final int UPPER = 1;

	private static final int DIGIT = 2;

	private static final int LOWER = 4;

	private static final byte[] ASCII = new byte[128];

	static {
		for (char c = 'A'; c <= 'Z'; c++) {
			ASCII[c] = UPPER;
		}
		for (char c = 'a'; c <= 'z'; c++) {
			ASCII[c] = LOWER;
		}
		for (char c = '0'; c <= '9'; c++) {
			ASCII[c] = DIGIT;
		}
	}

	private final ClientRegistry registry;

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

	private final Map<String, String[]> abaOwners;

	private final Map<String, String[]> bicOwners;

	private final Map<String, String[]> leiOwners;

	private final Map<String, String[]> ibanOwners;

	private final Map<String, String[]> domainOwners;

	private final Map<String, List<FolderOwner>> folderOwners;

	/**
	 * Build the matcher of a registry: its name automaton and identifier indexes.
	 * @param registry the registry
	 */
	public InstitutionMatcher(ClientRegistry registry) {
		this.registry = registry;
		Map<String, List<NameOwner>> names = new LinkedHashMap<>();
		Map<String, List<NameOwner>> variants = new LinkedHashMap<>();
		Map<String, List<String>> abas = new HashMap<>();
		Map<String, List<String>> bics = new HashMap<>();
		Map<String, List<String>> leis = new HashMap<>();
		Map<String, List<String>> ibans = new HashMap<>();
		Map<String, List<String>> domains = new HashMap<>();
		Map<String, List<FolderOwner>> folders = new HashMap<>();
		for (Client client : registry.clients()) {
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
			for (NameOwner owner : own) {
				addName(names, NameNormalizer.normalizeName(owner.spelling()), owner);
				for (String variant : NameVariants.of(owner.spelling())) {
					addName(variants, variant, owner);
				}
			}
			client.abaRoutings().forEach((aba) -> addOwner(abas, aba, id));
			for (String bic : client.bics()) {
				addOwner(bics, Bic.institutionPart(bic), id);
				String country = bic.substring(4, 6);
				if (country.equals("GB") || country.equals("IE") || country.equals("NL")) {
					addOwner(ibans, country + ":" + bic.substring(0, 4), id);
				}
			}
			client.leis().forEach((lei) -> addOwner(leis, lei, id));
			client.ibanBankCodes().forEach((code) -> addOwner(ibans, code, id));
			client.emailDomains().forEach((domain) -> addOwner(domains, domain.toLowerCase(Locale.ROOT), id));
			for (String folder : client.sftpFolders()) {
				String key = RegistryCsvReader.canonicalFolder(folder).toLowerCase(Locale.ROOT);
				List<FolderOwner> owners = folders.computeIfAbsent(key, (k) -> new ArrayList<>());
				if (owners.stream().noneMatch((owner) -> owner.clientId().equals(id))) {
					owners.add(new FolderOwner(id, folder));
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
		this.abaOwners = freeze(abas);
		this.bicOwners = freeze(bics);
		this.leiOwners = freeze(leis);
		this.ibanOwners = freeze(ibans);
		this.domainOwners = freeze(domains);
		Map<String, List<FolderOwner>> frozenFolders = new HashMap<>();
		folders.forEach((key, owners) -> frozenFolders.put(key, List.copyOf(owners)));
		this.folderOwners = Map.copyOf(frozenFolders);
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

	private static void addOwner(Map<String, List<String>> index, String key, String clientId) {
		List<String> owners = index.computeIfAbsent(key, (k) -> new ArrayList<>());
		if (!owners.contains(clientId)) {
			owners.add(clientId);
		}
	}

	private static Map<String, String[]> freeze(Map<String, List<String>> index) {
		Map<String, String[]> frozen = new HashMap<>();
		index.forEach((key, owners) -> frozen.put(key, owners.toArray(String[]::new)));
		return Map.copyOf(frozen);
	}

	/**
	 * The registry this matcher was built from.
	 * @return the registry
	 */
	public ClientRegistry registry() {
		return this.registry;
	}

	/**
	 * Find the evidence a text holds, in one pass. Each evidence has the offset of its
	 * first character, its 1-based line ({@code \n} ends a line) and the
	 * {@linkplain EvidenceKind#defaultWeight() default weight} of its kind as score.
	 * Names and aliases are given as the registry spells them, identifiers masked
	 * ({@link Masking#lastFour}, {@link Masking#email} for addresses). An identifier
	 * registered to several clients gives evidence for each; a name shared by several
	 * clients gives evidence for the one whose place is near, or else an ambiguous
	 * mention (see the class comment). Never throws on odd input.
	 * @param text the text
	 * @return the evidence in text order, the unknown identifiers and the ambiguous name
	 * mentions
	 */
	public MatchResult match(CharSequence text) {
		return new Scan(text).run();
	}

	/**
	 * Find the clients whose platform folders hold a path: one
	 * {@link EvidenceKind#SFTP_FOLDER} evidence (offset -1, line 0, the folder as
	 * registered as value) per client folder the path lies in. Separators may be
	 * {@code /} or {@code \}; comparison ignores case and respects folder boundaries
	 * ({@code clients/acme} holds {@code clients/acme/x.csv} but not
	 * {@code clients/acme2/x.csv}).
	 * @param relativePath the path relative to the platform root
	 * @return the evidence, from the outermost folder in
	 */
	public List<Evidence> matchPath(String relativePath) {
		List<Evidence> evidence = new ArrayList<>();
		if (relativePath == null) {
			return evidence;
		}
		String path = RegistryCsvReader.canonicalFolder(relativePath).toLowerCase(Locale.ROOT);
		int from = 0;
		while (from <= path.length() && !path.isEmpty()) {
			int slash = path.indexOf('/', from);
			int end = (slash < 0) ? path.length() : slash;
			List<FolderOwner> owners = this.folderOwners.get(path.substring(0, end));
			if (owners != null) {
				for (FolderOwner owner : owners) {
					evidence.add(new Evidence(owner.clientId(), EvidenceKind.SFTP_FOLDER, owner.folder(), -1, 0,
							EvidenceKind.SFTP_FOLDER.defaultWeight()));
				}
			}
			if (slash < 0) {
				break;
			}
			from = slash + 1;
		}
		return evidence;
	}

	private record NameOwner(String clientId, EvidenceKind kind, String spelling, boolean commonWord, ClientPlace place,
			NameCandidate candidate) {

		NameOwner(String clientId, EvidenceKind kind, String spelling, boolean commonWord, ClientPlace place) {
			this(clientId, kind, spelling, commonWord, place, new NameCandidate(clientId, kind, spelling));
		}

	}

	private record FolderOwner(String clientId, String folder) {

	}

	/**
	 * The state of one match over one text.
	 */
	private final class Scan {

		private final CharSequence text;

		private final int length;

		private final List<Evidence> evidence = new ArrayList<>();

		private final Map<String, UnknownIdentifier> unknown = new LinkedHashMap<>();

		private final List<AmbiguousMention> ambiguous = new ArrayList<>();

		private String firstLine;

		private char[] folded = new char[256];

		private final Map<EvidenceKind, Map<String, Boolean>> unknownSeen = new EnumMap<>(EvidenceKind.class);

		private int line = 1;

		private int tokenStart = -1;

		private int tokenFlags;

		/**
		 * Offset of the routing number last read from a NACHA record, not to report it
		 * twice.
		 */
		private int nachaOffset = -1;

		Scan(CharSequence text) {
			this.text = (text != null) ? text : "";
			this.length = this.text.length();
		}

		MatchResult run() {
			CharSequence text = this.text;
			int n = this.length;
			NameAutomaton.Scanner names = InstitutionMatcher.this.automaton.scanner();
			char[] buffer = new char[Math.min(n, CHUNK)];
			nacha(0, 1);
			// one pass over the text, a chunk at a time: each chunk goes through the
			// name automaton and then the identifier tokenizer while in cache
			for (int base = 0; base < n; base += CHUNK) {
				int size = Math.min(CHUNK, n - base);
				copy(text, base, size, buffer);
				names.feed(buffer, size, base);
				tokenize(buffer, size, base);
			}
			if (this.tokenStart >= 0 && (this.tokenFlags & LOWER) == 0 && isCandidateLength(n - this.tokenStart)) {
				token(this.tokenStart, n, this.tokenFlags, this.line);
			}
			names.finish(n);
			addNames(names);
			this.evidence.sort(Comparator.comparingLong(Evidence::offset));
			return new MatchResult(this.evidence, new ArrayList<>(this.unknown.values()), this.ambiguous);
		}

		/**
		 * Find the candidate identifiers of a chunk: runs of ASCII letters and digits
		 * without lower case, e-mail addresses around {@code @} and NACHA records at line
		 * starts. Token state carries over to the next chunk.
		 */
		private void tokenize(char[] buffer, int size, int base) {
			int tokenStart = this.tokenStart;
			int tokenFlags = this.tokenFlags;
			for (int k = 0; k < size; k++) {
				char c = buffer[k];
				int flags = (c < 128) ? ASCII[c] : 0;
				if (flags != 0) {
					if (tokenStart < 0) {
						tokenStart = base + k;
					}
					tokenFlags |= flags;
				}
				else {
					if (tokenStart >= 0) {
						if ((tokenFlags & LOWER) == 0 && isCandidateLength(base + k - tokenStart)) {
							token(tokenStart, base + k, tokenFlags, this.line);
						}
						tokenStart = -1;
						tokenFlags = 0;
					}
					if (c == '\n') {
						this.line++;
						nacha(base + k + 1, this.line);
					}
					else if (c == '@') {
						email(base + k, this.line);
					}
				}
			}
			this.tokenStart = tokenStart;
			this.tokenFlags = tokenFlags;
		}

		private void addNames(NameAutomaton.Scanner names) {
			int count = names.resolve();
			for (int k = 0; k < count; k++) {
				int start = names.start(k);
				int end = names.end(k);
				int line = names.line(k) - newlines(start, end);
				int id = names.nameId(k);
				NameOwner[] owners = InstitutionMatcher.this.nameOwners[id];
				if (!InstitutionMatcher.this.checkedNames[id]) {
					for (NameOwner owner : owners) {
						this.evidence.add(new Evidence(owner.clientId(), owner.kind(), owner.spelling(), start, line,
								owner.kind().defaultWeight()));
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
			if (!InstitutionMatcher.this.commonWordNames[id]) {
				namesakes(InstitutionMatcher.this.nameKeys[id], Arrays.asList(owners), start, end, line);
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
				this.evidence.add(new Evidence(owner.clientId(), owner.kind(), owner.spelling(), start, line,
						owner.kind().defaultWeight()));
			}
			else if (kept.size() > 1) {
				namesakes(InstitutionMatcher.this.nameKeys[id], kept, start, end, line);
			}
		}

		private void namesakes(String name, List<NameOwner> owners, int start, int end, int line) {
			// first the mention's own line (up to LINE_REACH characters either side),
			// then the
			// rest of NEAR characters either side, across lines: the first that names a
			// place decides
			int lineFrom = start;
			while (lineFrom > 0 && start - lineFrom < LINE_REACH && this.text.charAt(lineFrom - 1) != '\n') {
				lineFrom--;
			}
			int lineTo = end;
			while (lineTo < this.length && lineTo - end < LINE_REACH && this.text.charAt(lineTo) != '\n') {
				lineTo++;
			}
			String reason = "no city or state of one of them near the mention";
			int nearFrom = Math.max(0, start - NEAR);
			int nearTo = Math.min(this.length, end + NEAR);
			int[][] windows = { { lineFrom, start, end, lineTo },
					{ Math.min(nearFrom, lineFrom), lineFrom, lineTo, Math.max(nearTo, lineTo) } };
			for (int[] window : windows) {
				if (window[0] == window[1] && window[2] == window[3]) {
					continue;
				}
				String before = fold(window[0], window[1]);
				String after = fold(window[2], window[3]);
				List<String> codes = new ArrayList<>(2);
				ClientPlace.addressCodes(this.text, window[0], window[1], codes);
				ClientPlace.addressCodes(this.text, window[2], window[3], codes);
				NameOwner placed = null;
				NameOwner byCity = null;
				int placedCount = 0;
				int cityCount = 0;
				StringBuilder several = new StringBuilder();
				for (NameOwner owner : owners) {
					ClientPlace place = owner.place();
					if (!place.isKnown()) {
						continue;
					}
					boolean city = place.cityIn(before) || place.cityIn(after);
					if (city) {
						byCity = owner;
						cityCount++;
					}
					if (city || place.regionIn(before, after, codes)) {
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
					this.evidence.add(new Evidence(placed.clientId(), placed.kind(),
							placed.spelling() + " (" + placed.place().label() + ")", start, line,
							placed.kind().defaultWeight()));
					return;
				}
				if (placedCount > 1) {
					reason = "places of several of them near the mention (" + several + ")";
					break;
				}
			}
			List<NameCandidate> candidates = new ArrayList<>(owners.size());
			for (NameOwner owner : owners) {
				candidates.add(owner.candidate());
			}
			this.ambiguous.add(new AmbiguousMention(name, candidates, start, line, reason));
		}

		/**
		 * The normal form of a range of the text (as {@link NameNormalizer} gives it)
		 * with a space before and after.
		 */
		private String fold(int from, int to) {
			if (this.folded.length < to - from + 2) {
				this.folded = new char[to - from + 2];
			}
			char[] out = this.folded;
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
			return new String(out, 0, length);
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
				while (to < this.length && to - from < 4000 && this.text.charAt(to) != '\n'
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

		private void token(int start, int end, int flags, int line) {
			int length = end - start;
			if (length < 4 || length > 34 || !standsAlone(start, end)) {
				return;
			}
			if (flags == DIGIT) {
				if (length == 9) {
					routing(start, line);
				}
				else if (length == 20 && Lei.isValid(this.text, start)) {
					String lei = substring(start, end);
					identifier(EvidenceKind.LEI, InstitutionMatcher.this.leiOwners.get(lei), lei, lei, start, line,
							false);
				}
				return;
			}
			if (length == 4) {
				groupedIban(start, line);
			}
			else if (length >= 15 && Iban.isValidCanonical(this.text, start, end)) {
				iban(substring(start, end), start, line);
			}
			else if (length == 20 && Lei.isValid(this.text, start)) {
				String lei = substring(start, end);
				identifier(EvidenceKind.LEI, InstitutionMatcher.this.leiOwners.get(lei), lei, lei, start, line, true);
			}
			else if ((length == 8 || length == 11) && Bic.isValid(this.text, start, end)) {
				String bic = substring(start, end);
				String institution = bic.substring(0, 8);
				String[] owners = InstitutionMatcher.this.bicOwners.get(institution);
				boolean reportUnknown = owners == null && (hasDigit(bic) || namedBicBefore(start))
						&& !CommonWords.contains(bic.toLowerCase(Locale.ROOT));
				identifier(EvidenceKind.BIC, owners, bic, institution, start, line, reportUnknown);
			}
		}

		/**
		 * Whether "BIC" or "SWIFT" (any case, e.g. an ISO 20022 {@code <BICFI>} tag)
		 * comes shortly before an offset: an all-letter BIC candidate elsewhere is more
		 * likely an upper-case word than an identifier.
		 */
		private boolean namedBicBefore(int offset) {
			for (int i = Math.max(0, offset - BIC_CONTEXT); i < offset; i++) {
				char c = (char) (this.text.charAt(i) & ~0x20);
				if ((c == 'B' && matchesUpper(i, "BIC")) || (c == 'S' && matchesUpper(i, "SWIFT"))) {
					return true;
				}
			}
			return false;
		}

		private boolean matchesUpper(int at, String word) {
			if (at + word.length() > this.length) {
				return false;
			}
			for (int i = 0; i < word.length(); i++) {
				char c = this.text.charAt(at + i);
				if (c != word.charAt(i) && c != Character.toLowerCase(word.charAt(i))) {
					return false;
				}
			}
			return true;
		}

		/** Whether no letter or digit of any script touches the token. */
		private boolean standsAlone(int start, int end) {
			return (start == 0 || !Character.isLetterOrDigit(this.text.charAt(start - 1)))
					&& (end == this.length || !Character.isLetterOrDigit(this.text.charAt(end)));
		}

		private void routing(int start, int line) {
			// the fraction of a decimal number (12.345678901) or the integer part of an
			// amount (123456789.50, 123456789,50) does not count; a comma between digit
			// runs is a field separator here, since nine digits are never a thousands
			// group
			if (start >= 2 && this.text.charAt(start - 1) == '.' && isDigit(this.text.charAt(start - 2))) {
				return;
			}
			int end = start + 9;
			if (end + 1 < this.length && isDigit(this.text.charAt(end + 1))) {
				char separator = this.text.charAt(end);
				if (separator == '.' || (separator == ',' && isDecimalFraction(end + 1))) {
					return;
				}
			}
			if (start != this.nachaOffset && AbaRoutingNumber.isValid(this.text, start)) {
				aba(substring(start, end), start, line);
			}
		}

		/** Whether two digits start at {@code at} and no further digit follows them. */
		private boolean isDecimalFraction(int at) {
			return at + 1 < this.length && isDigit(this.text.charAt(at)) && isDigit(this.text.charAt(at + 1))
					&& (at + 2 == this.length || !isDigit(this.text.charAt(at + 2)));
		}

		private void aba(String aba, int offset, int line) {
			identifier(EvidenceKind.ABA_ROUTING, InstitutionMatcher.this.abaOwners.get(aba), aba, aba, offset, line,
					true);
		}

		/**
		 * NACHA records (94 characters a line): file header immediate destination and
		 * origin, batch header ODFI (check digit computed), entry detail RDFI.
		 */
		private void nacha(int p, int line) {
			if (p + 94 > this.length) {
				return;
			}
			char type = this.text.charAt(p);
			if (type != '1' && type != '5' && type != '6') {
				return;
			}
			if (p + 94 < this.length) {
				char after = this.text.charAt(p + 94);
				if (after != '\n' && after != '\r') {
					return;
				}
			}
			if (type == '1') {
				// record type 1, priority code 01, immediate destination b + 9 digits
				if (this.text.charAt(p + 1) == '0' && this.text.charAt(p + 2) == '1' && this.text.charAt(p + 3) == ' '
						&& AbaRoutingNumber.isValid(this.text, p + 4)) {
					aba(substring(p + 4, p + 13), p + 4, line);
					this.nachaOffset = p + 4;
				}
				// immediate origin: a routing number after a blank or a zero (otherwise a
				// company identifier); the file creation date runs into it
				char origin = this.text.charAt(p + 13);
				if ((origin == ' ' || origin == '0') && AbaRoutingNumber.isValid(this.text, p + 14)) {
					aba(substring(p + 14, p + 23), p + 14, line);
				}
			}
			else if (type == '5') {
				// service class code 2xx, standard entry class code of three letters,
				// ODFI of 8 digits
				if (this.text.charAt(p + 1) == '2' && isDigit(this.text.charAt(p + 2))
						&& isDigit(this.text.charAt(p + 3)) && isUpperRange(p + 50, p + 53)) {
					int check = AbaRoutingNumber.checkDigit(this.text, p + 79);
					if (check >= 0) {
						String aba = substring(p + 79, p + 87) + (char) ('0' + check);
						if (AbaRoutingNumber.isValid(aba)) {
							aba(aba, p + 79, line);
						}
					}
				}
			}
			else if (isDigit(this.text.charAt(p + 1)) && isDigit(this.text.charAt(p + 2))
					&& AbaRoutingNumber.isValid(this.text, p + 3)) {
				aba(substring(p + 3, p + 12), p + 3, line);
			}
		}

		private boolean isUpperRange(int from, int to) {
			for (int i = from; i < to; i++) {
				char c = this.text.charAt(i);
				if (c < 'A' || c > 'Z') {
					return false;
				}
			}
			return true;
		}

		/** An IBAN written in groups of four, the first group being {@code CCdd}. */
		private void groupedIban(int start, int line) {
			char c0 = this.text.charAt(start);
			char c1 = this.text.charAt(start + 1);
			if (!isUpper(c0) || !isUpper(c1) || !isDigit(this.text.charAt(start + 2))
					|| !isDigit(this.text.charAt(start + 3))) {
				return;
			}
			int expected = Iban.lengthOf(c0, c1);
			if (expected == 0) {
				return;
			}
			StringBuilder iban = new StringBuilder(expected);
			iban.append(this.text, start, start + 4);
			int p = start + 4;
			while (iban.length() < expected) {
				if (p >= this.length || this.text.charAt(p) != ' ') {
					return;
				}
				p++;
				int group = 0;
				while (group < 4 && p < this.length && iban.length() < expected
						&& (isUpper(this.text.charAt(p)) || isDigit(this.text.charAt(p)))) {
					iban.append(this.text.charAt(p));
					p++;
					group++;
				}
				if (group == 0 || (group < 4 && iban.length() < expected)) {
					return;
				}
			}
			if (p < this.length && Character.isLetterOrDigit(this.text.charAt(p))) {
				return;
			}
			if (Iban.isValidCanonical(iban, 0, iban.length())) {
				iban(iban.toString(), start, line);
			}
		}

		private void iban(String iban, int offset, int line) {
			String code = Iban.bankCodeOfValid(iban);
			String[] owners = (code != null) ? InstitutionMatcher.this.ibanOwners.get(code) : null;
			identifier(EvidenceKind.IBAN, owners, iban, iban, offset, line, true);
		}

		private void email(int at, int line) {
			int start = at;
			while (start > 0 && at - start < 64 && isLocalPart(this.text.charAt(start - 1))) {
				start--;
			}
			while (start < at && this.text.charAt(start) == '.') {
				start++;
			}
			if (start == at) {
				return;
			}
			int end = at + 1;
			while (end < this.length && end - at <= 253 && isDomainPart(this.text.charAt(end))) {
				end++;
			}
			while (end > at + 1 && (this.text.charAt(end - 1) == '.' || this.text.charAt(end - 1) == '-')) {
				end--;
			}
			String domain = this.text.subSequence(at + 1, end).toString().toLowerCase(Locale.ROOT);
			if (!isMailDomain(domain)) {
				return;
			}
			String masked = Masking.email(this.text.subSequence(start, end).toString());
			int dot = -1;
			do {
				// the domain itself, then each parent domain: the longest registered one
				// wins
				String[] owners = InstitutionMatcher.this.domainOwners.get(domain.substring(dot + 1));
				if (owners != null) {
					evidence(owners, EvidenceKind.EMAIL_DOMAIN, masked, start, line);
					return;
				}
				dot = domain.indexOf('.', dot + 1);
			}
			while (dot >= 0);
			unknown(EvidenceKind.EMAIL_DOMAIN, masked, domain);
		}

		private void identifier(EvidenceKind kind, String[] owners, String value, String canonical, int offset,
				int line, boolean reportUnknown) {
			if (owners != null) {
				evidence(owners, kind, Masking.lastFour(value), offset, line);
			}
			else if (reportUnknown && isNewUnknown(kind, canonical)) {
				this.unknown.put(kind.name() + ":" + canonical,
						new UnknownIdentifier(kind, Masking.lastFour(value), canonical));
			}
		}

		private void evidence(String[] owners, EvidenceKind kind, String masked, int offset, int line) {
			for (String owner : owners) {
				this.evidence.add(new Evidence(owner, kind, masked, offset, line, kind.defaultWeight()));
			}
		}

		private boolean isNewUnknown(EvidenceKind kind, String canonical) {
			return this.unknownSeen.computeIfAbsent(kind, (k) -> new HashMap<>())
				.putIfAbsent(canonical, Boolean.TRUE) == null;
		}

		private void unknown(EvidenceKind kind, String masked, String canonical) {
			if (isNewUnknown(kind, canonical)) {
				this.unknown.put(kind.name() + ":" + canonical, new UnknownIdentifier(kind, masked, canonical));
			}
		}

		private String substring(int start, int end) {
			return this.text.subSequence(start, end).toString();
		}

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

	private static boolean isMailDomain(String domain) {
		int lastDot = domain.lastIndexOf('.');
		if (lastDot <= 0 || domain.length() - lastDot - 1 < 2 || domain.contains("..") || domain.startsWith("-")) {
			return false;
		}
		for (int i = lastDot + 1; i < domain.length(); i++) {
			char c = domain.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	private static boolean isLocalPart(char c) {
		return (c < 128 && ASCII[c] != 0) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
	}

	private static boolean isDomainPart(char c) {
		return (c < 128 && ASCII[c] != 0) || c == '.' || c == '-';
	}

	/**
	 * Lengths of BIC (8, 11), ABA (9), IBAN (first group 4, or 15-34) and LEI (20)
	 * tokens.
	 */
	private static boolean isCandidateLength(int length) {
		return length == 4 || length == 8 || length == 9 || length == 11 || (length >= 15 && length <= 34);
	}

	private static boolean hasDigit(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (isDigit(value.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isUpper(char c) {
		return c >= 'A' && c <= 'Z';
	}

}
