package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.List;

import com.breachimpact.protection.Masking;

/**
 * Maps extracted text and platform paths to the client institutions of a registry, with
 * evidence.
 * <p>
 * In one pass over a text ({@link TextScan}: read a chunk at a time, each chunk going
 * through the identifier tokenizer and then the name automaton while in cache, the
 * tokenizer calling one {@link InstitutionRecognizer} per kind) it finds: client names
 * and aliases as whole word sequences (folded as {@link NameNormalizer} does, a name
 * inside a longer registered name never counting, see {@link NameAutomaton}); ABA routing
 * numbers (nine-digit tokens that are not part of a longer number, the routing numbers of
 * NACHA file header, batch header and entry detail records, and so the
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
 * of one of them, within 80 characters across lines (markup tags not counted, XML
 * character references read as their characters); the evidence then shows the place, as
 * in {@code First State Bank (Omaha, NE)}. Otherwise the mention is reported as an
 * {@link AmbiguousMention} and gives evidence to none of them (see
 * {@link NamesakeResolver} to settle it with the file's identifiers).
 * <p>
 * Instances are immutable and thread-safe; build one per registry and share it.
 */
public final class InstitutionMatcher {

	private final ClientRegistry registry;

	private final PlatformFolders folders;

	private final TextScan.Dispatch dispatch;

	/**
	 * Build the matcher of a registry: its name automaton and identifier indexes.
	 * @param registry the registry
	 */
	public InstitutionMatcher(ClientRegistry registry) {
		this.registry = registry;
		this.folders = new PlatformFolders(registry);
		// tokens of the same length go to these in order until one claims them: an
		// IBAN before an LEI of the same length
		this.dispatch = new TextScan.Dispatch(List.of(new NameRecognizer(registry), new AbaRoutingRecognizer(registry),
				new IbanRecognizer(registry), new LeiRecognizer(registry), new BicRecognizer(registry),
				new EmailDomainRecognizer(registry), new FolderReferenceRecognizer(this.folders)));
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
		return new TextScan(text, this.dispatch).run();
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
		for (PlatformFolders.FolderOwner owner : this.folders.ownersOfPrefixes(PlatformFolders.key(relativePath))) {
			evidence.add(new Evidence(owner.clientId(), EvidenceKind.SFTP_FOLDER, owner.folder(), -1, 0,
					EvidenceKind.SFTP_FOLDER.defaultWeight()));
		}
		return evidence;
	}

}
