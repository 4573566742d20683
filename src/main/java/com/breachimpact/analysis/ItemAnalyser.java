package com.breachimpact.analysis;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.breachimpact.classification.ClassificationResult;
import com.breachimpact.classification.SensitiveDataClassifier;
import com.breachimpact.classification.SensitiveFinding;
import com.breachimpact.extraction.ContentExtractor;
import com.breachimpact.extraction.ExtractedPart;
import com.breachimpact.extraction.MetadataField;
import com.breachimpact.extraction.Extraction;
import com.breachimpact.extraction.ExtractionStatus;
import com.breachimpact.institution.AmbiguousCandidate;
import com.breachimpact.institution.AmbiguousMention;
import com.breachimpact.institution.Attribution;
import com.breachimpact.institution.AttributionPolicy;
import com.breachimpact.institution.Evidence;
import com.breachimpact.institution.InstitutionMatcher;
import com.breachimpact.institution.MatchResult;
import com.breachimpact.institution.NamesakeResolver;
import com.breachimpact.institution.UnknownIdentifier;
import com.breachimpact.inventory.FileDigester;
import com.breachimpact.inventory.InventoryPaths;
import com.breachimpact.inventory.ItemStatus;
import com.breachimpact.inventory.LedgerItem;
import com.breachimpact.persons.PersonRecord;
import com.breachimpact.persons.PersonRecords;
import com.breachimpact.protection.KeyedHasher;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Analyses one ledger item: extracts its text and members, finds the evidence that ties
 * it to clients (in its path and in every member's text), classifies the sensitive data
 * of every member, and records what could not be read. Attribution is per leaf: the item
 * itself and each member with text of its own (archive entry, attachment, embedded
 * document; an archive's own text, the list of its members, is no leaf) is attributed on
 * its own evidence plus the item's path evidence, names shared by several clients are
 * settled by the evidence of the leaf's file (a message with its attachments; an archive
 * member is a file of its own) and attribute the mention's leaf (or are recorded as
 * ambiguous), and every (leaf, client) pair with evidence under the threshold is kept as
 * a candidate.
 */
public class ItemAnalyser implements ItemProcessor<LedgerItem, ItemAnalysis> {

	/**
	 * Media types of archives: containers whose own text is the list of their members.
	 */
	private static final Set<String> ARCHIVE_TYPES = Set.of("application/zip", "application/x-tar", "application/gzip",
			"application/x-gzip", "application/x-gtar", "application/x-7z-compressed", "application/x-rar-compressed",
			"application/vnd.rar", "application/x-bzip2", "application/x-xz", "application/java-archive",
			"application/x-archive", "application/x-cpio", "application/zstd");

	private final Path inventoryRoot;

	private final ContentExtractor extractor;

	private final InstitutionMatcher matcher;

	private final AttributionPolicy attributionPolicy;

	private final KeyedHasher hasher;

	private final SensitiveDataClassifier classifier;

	private final TextCache textCache;

	public ItemAnalyser(Path inventoryRoot, ContentExtractor extractor, InstitutionMatcher matcher,
			AttributionPolicy attributionPolicy, KeyedHasher hasher, SensitiveDataClassifier classifier,
			TextCache textCache) {
		this.inventoryRoot = inventoryRoot;
		this.extractor = extractor;
		this.matcher = matcher;
		this.attributionPolicy = attributionPolicy;
		this.hasher = hasher;
		this.classifier = classifier;
		this.textCache = textCache;
	}

	@Override
	public ItemAnalysis process(LedgerItem item) {
		Path file = InventoryPaths.resolve(this.inventoryRoot, item.relativePath());
		Extraction changed = changedSinceIngest(item, file);
		if (changed != null) {
			return analyse(item, changed, true);
		}
		Extraction extraction = this.extractor.extract(file, file.getFileName().toString());
		if (this.textCache != null && item.sha256() != null && !extraction.status().isTransient()) {
			this.textCache.put(item.sha256(), extraction);
		}
		return analyse(item, extraction, true);
	}

	/**
	 * Re-check the file's SHA-256 against the one recorded at ingest: the inventory is
	 * evidence, and a file that changed since is not the file the ledger describes.
	 * @return a failed extraction if the file changed or vanished, else {@code null}
	 */
	private static Extraction changedSinceIngest(LedgerItem item, Path file) {
		if (item.sha256() == null) {
			return null;
		}
		try {
			String now = FileDigester.sha256(file);
			return now.equals(item.sha256()) ? null : Extraction.failed(ExtractionStatus.CHANGED,
					"content changed since ingest: its SHA-256 is no longer the one in the ledger", null);
		}
		catch (NoSuchFileException ex) {
			return Extraction.failed(ExtractionStatus.VANISHED, "file vanished since ingest", null);
		}
		catch (IOException ex) {
			return null; // the extractor reports what it cannot read
		}
	}

	/**
	 * Map an item to clients again from an earlier extraction of its content, without
	 * parsing it and without classifying it again (its sensitive data depends on the
	 * content only and is reused as it was).
	 * @param item the item, at its own path
	 * @param extraction the cached extraction of its content
	 * @return the analysis, with no sensitive data
	 */
	public ItemAnalysis remap(LedgerItem item, Extraction extraction) {
		return analyse(item, extraction, false);
	}

	private ItemAnalysis analyse(LedgerItem item, Extraction extraction, boolean classify) {
		List<Evidence> inherited = new ArrayList<>();
		Map<String, ClientFinding> findings = new LinkedHashMap<>();
		Map<String, UnknownInstitution> unknown = new LinkedHashMap<>();
		Map<String, SensitiveValue> sensitive = new LinkedHashMap<>();
		List<LeafPersonRecord> personRecords = new ArrayList<>();
		long records = 0;
		boolean incomplete = extraction.status() != ExtractionStatus.OK;
		for (Evidence pathEvidence : this.matcher.matchPath(item.relativePath())) {
			inherited.add(pathEvidence);
			collect(findings, "", pathEvidence);
		}
		// each leaf (the item itself, each member with text of its own) is attributed on
		// its own evidence plus what it inherits: the item's path
		Map<String, List<Evidence>> leaves = new LinkedHashMap<>();
		Map<String, List<AmbiguousMention>> ambiguousMentions = new LinkedHashMap<>();
		Set<String> containers = new HashSet<>();
		for (ExtractedPart part : extraction.parts()) {
			if (isArchive(part)) {
				containers.add(part.path());
			}
		}
		if (!containers.contains("")) {
			leaves.put("", new ArrayList<>());
		}
		for (ExtractedPart part : extraction.parts()) {
			if (part.text().isEmpty() && part.metadata().isEmpty()) {
				continue;
			}
			List<Evidence> own = containers.contains(part.path()) ? new ArrayList<>()
					: leaves.computeIfAbsent(part.path(), (path) -> new ArrayList<>());
			// mail headers and document properties: searched like text, never classified;
			// their evidence belongs to the part's leaf
			for (MetadataField field : part.metadata()) {
				match(field.value(), headerLocation(part, field), part.path(), own, findings, ambiguousMentions,
						unknown);
			}
			if (part.text().isEmpty()) {
				continue;
			}
			match(part.text(), part.path(), part.path(), own, findings, ambiguousMentions, unknown);
			if (!classify) {
				continue;
			}
			ClassificationResult classification = this.classifier.classify(part.text(), memberName(item, part),
					part.mediaType(), incomplete || part.status() != ExtractionStatus.OK);
			records += classification.structuredRecords();
			incomplete |= classification.findingsOmitted() > 0 || part.status() != ExtractionStatus.OK;
			List<SensitiveFinding> personalFindings = new ArrayList<>();
			for (SensitiveFinding finding : classification.findings()) {
				collect(sensitive, part.path(), finding);
				personalFindings.add((finding.recordKey() != null)
						? finding.withRecordKey(part.path() + '#' + finding.recordKey()) : finding);
			}
			for (PersonRecord record : PersonRecords.of(personalFindings)) {
				personRecords.add(new LeafPersonRecord(part.path(), record));
			}
		}
		// names shared by several clients: settled by an identifier of one of them in the
		// same file (the leaf's inherited path, its own text, and the text of the leaves
		// of the same file: a message and its attachments); the settled evidence is the
		// mention's own leaf's
		Map<String, List<Evidence>> fileEvidence = new LinkedHashMap<>();
		for (Map.Entry<String, List<Evidence>> leaf : leaves.entrySet()) {
			fileEvidence.computeIfAbsent(fileOf(leaf.getKey(), containers), (path) -> new ArrayList<>())
				.addAll(leaf.getValue());
		}
		List<AmbiguousCandidate> ambiguous = new ArrayList<>();
		for (Map.Entry<String, List<AmbiguousMention>> part : ambiguousMentions.entrySet()) {
			List<Evidence> own = leaves.getOrDefault(part.getKey(), new ArrayList<>());
			List<Evidence> context = new ArrayList<>(inherited);
			context.addAll(containers.contains(part.getKey()) ? own
					: fileEvidence.getOrDefault(fileOf(part.getKey(), containers), List.of()));
			NamesakeResolver.Resolution resolution = NamesakeResolver.resolve(context, part.getKey(), part.getValue());
			for (Evidence settled : resolution.evidence()) {
				own.add(settled);
				collect(findings, part.getKey(), settled);
			}
			ambiguous.addAll(resolution.ambiguous());
		}
		List<ClientAttribution> attributions = new ArrayList<>();
		List<ClientAttribution> candidates = new ArrayList<>();
		Set<String> attributedAnywhere = new HashSet<>();
		for (Map.Entry<String, List<Evidence>> leaf : leaves.entrySet()) {
			List<Evidence> evidence = new ArrayList<>(inherited);
			evidence.addAll(leaf.getValue());
			for (Attribution.ClientAttribution decision : Attribution.score(evidence, this.attributionPolicy)) {
				ClientAttribution pair = new ClientAttribution(decision.clientId(), leaf.getKey(), decision.score(),
						String.join(",", decision.decidingKinds().stream().map(Enum::name).sorted().toList()));
				(decision.attributed() ? attributions : candidates).add(pair);
				if (decision.attributed()) {
					attributedAnywhere.add(decision.clientId());
				}
			}
		}
		// evidence of an archive's own text (its list of members) attributes no leaf: it
		// is a candidate of the archive for every client no leaf was attributed to
		for (ExtractedPart part : extraction.parts()) {
			if (!containers.contains(part.path())) {
				continue;
			}
			for (Attribution.ClientAttribution decision : Attribution.score(matcherEvidence(findings, part.path()),
					this.attributionPolicy)) {
				if (!attributedAnywhere.contains(decision.clientId())) {
					candidates.add(new ClientAttribution(decision.clientId(), part.path(), decision.score(),
							String.join(",", decision.decidingKinds().stream().map(Enum::name).sorted().toList())));
				}
			}
		}
		ExtractionStatus status = extraction.status();
		ItemStatus itemStatus = status.hasText() ? ItemStatus.ANALYSED : ItemStatus.FAILED;
		String reason = (status == ExtractionStatus.OK) ? null : status.code();
		return new ItemAnalysis(item.itemId(), itemStatus, reason, extraction.detail(), extraction.mediaType(),
				extraction.textChars(), extraction.parts().size(), List.copyOf(findings.values()),
				List.copyOf(attributions), List.copyOf(candidates), List.copyOf(unknown.values()),
				List.copyOf(sensitive.values()), records, incomplete, qualityFlags(extraction),
				extraction.parts().stream().filter((part) -> !part.isContainer()).toList(), List.copyOf(ambiguous),
				classify, List.copyOf(personRecords));
	}

	/**
	 * The file a part belongs to, for settling namesakes: the part itself when it is a
	 * member of an archive (or the item itself), else the file of the part it is embedded
	 * in (an attachment belongs to its message, an embedded object to its document).
	 * Archive members are files of their own: they never settle each other's namesakes.
	 * @param path the part's path ({@code ""} for the item itself)
	 * @param archives the paths of the archives among the item's parts
	 * @return the path of the part that is the file
	 */
	static String fileOf(String path, Set<String> archives) {
		String current = path;
		while (!current.isEmpty()) {
			int cut = current.lastIndexOf("!/");
			String parent = (cut < 0) ? "" : current.substring(0, cut);
			if (archives.contains(parent)) {
				return current;
			}
			current = parent;
		}
		return current;
	}

	/** The evidence found in one part's text, as collected. */
	private static List<Evidence> matcherEvidence(Map<String, ClientFinding> findings, String location) {
		List<Evidence> evidence = new ArrayList<>();
		for (ClientFinding finding : findings.values()) {
			if (finding.location().equals(location) && finding.offset() >= 0) {
				evidence.add(new Evidence(finding.clientId(), finding.kind(), finding.maskedValue(), finding.offset(),
						finding.line(), finding.score()));
			}
		}
		return evidence;
	}

	/**
	 * Whether a part is an archive: its own text is only the list of its members, so it
	 * is a container of leaves rather than a leaf. A document with text of its own (a
	 * message with attachments, a document with embedded objects) is a leaf too.
	 */
	private static boolean isArchive(ExtractedPart part) {
		String type = part.mediaType();
		if (type == null) {
			return false;
		}
		int parameters = type.indexOf(';');
		String base = ((parameters < 0) ? type : type.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
		return ARCHIVE_TYPES.contains(base);
	}

	/**
	 * Match one text of an item: its evidence joins the leaf's own evidence and is
	 * collected under the location; names shared by several clients wait for the leaf's
	 * other evidence.
	 */
	private void match(String text, String location, String leaf, List<Evidence> own,
			Map<String, ClientFinding> findings, Map<String, List<AmbiguousMention>> ambiguousMentions,
			Map<String, UnknownInstitution> unknown) {
		MatchResult result = this.matcher.match(text);
		for (Evidence textEvidence : result.evidence()) {
			own.add(textEvidence);
			collect(findings, location, textEvidence);
		}
		if (!result.ambiguous().isEmpty()) {
			ambiguousMentions.computeIfAbsent(leaf, (path) -> new ArrayList<>()).addAll(result.ambiguous());
		}
		for (UnknownIdentifier identifier : result.unknown()) {
			String kind = identifier.kind().name();
			String hash = this.hasher.hash(kind, identifier.canonicalValue());
			unknown.putIfAbsent(kind + ':' + hash, new UnknownInstitution(kind, identifier.maskedValue(), hash));
		}
	}

	/**
	 * The location of evidence found in a header or property of a part: {@code header:Cc}
	 * for the item itself, {@code mail.eml!/header:Cc} for a member.
	 */
	static String headerLocation(ExtractedPart part, MetadataField field) {
		return part.path().isEmpty() ? field.location() : part.path() + "!/" + field.location();
	}

	private static String qualityFlags(Extraction extraction) {
		if (extraction.flags().isEmpty()) {
			return null;
		}
		return String.join(",",
				extraction.flags().stream().map((flag) -> flag.name().toLowerCase(java.util.Locale.ROOT)).toList());
	}

	private static String memberName(LedgerItem item, ExtractedPart part) {
		String path = part.path().isEmpty() ? item.relativePath() : part.path();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static void collect(Map<String, SensitiveValue> values, String location, SensitiveFinding finding) {
		String key = location + '\u0000' + finding.category() + '\u0000' + finding.valueHash();
		values.merge(key,
				new SensitiveValue(location, finding.category(), finding.maskedValue(), finding.valueHash(), 1,
						finding.line()),
				(first, next) -> new SensitiveValue(first.location(), first.category(), first.maskedValue(),
						first.valueHash(), first.occurrences() + 1, first.firstLine()));
	}

	private static void collect(Map<String, ClientFinding> findings, String location, Evidence evidence) {
		String key = evidence.clientId() + '\u0000' + evidence.kind() + '\u0000' + evidence.maskedValue() + '\u0000'
				+ location;
		findings.merge(key,
				new ClientFinding(evidence.clientId(), evidence.kind(), evidence.maskedValue(), location,
						evidence.offset(), evidence.line(), evidence.score(), 1),
				(first, next) -> new ClientFinding(first.clientId(), first.kind(), first.maskedValue(),
						first.location(), first.offset(), first.line(), Math.max(first.score(), next.score()),
						first.occurrences() + 1));
	}

}
