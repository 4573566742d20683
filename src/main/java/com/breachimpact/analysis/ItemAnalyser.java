package com.breachimpact.analysis;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.breachimpact.classification.ClassificationResult;
import com.breachimpact.classification.PersonLinks;
import com.breachimpact.classification.SensitiveDataClassifier;
import com.breachimpact.classification.SensitiveFinding;
import com.breachimpact.extraction.ContentExtractor;
import com.breachimpact.extraction.ExtractedPart;
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
import com.breachimpact.persons.PersonRecords;
import com.breachimpact.protection.KeyedHasher;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Analyses one ledger item: extracts its text and members, finds the evidence that ties
 * it to clients (in its path and in every member's text), settles names shared by several
 * clients with the item's identifiers (or records them as ambiguous), decides which
 * clients it is attributed to, classifies the sensitive data of every member, and records
 * what could not be read.
 */
public class ItemAnalyser implements ItemProcessor<LedgerItem, ItemAnalysis> {

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
		List<Evidence> evidence = new ArrayList<>();
		Map<String, ClientFinding> findings = new LinkedHashMap<>();
		Map<String, UnknownInstitution> unknown = new LinkedHashMap<>();
		Map<String, SensitiveValue> sensitive = new LinkedHashMap<>();
		List<SensitiveFinding> personalFindings = new ArrayList<>();
		long records = 0;
		boolean incomplete = extraction.status() != ExtractionStatus.OK;
		for (Evidence pathEvidence : this.matcher.matchPath(item.relativePath())) {
			evidence.add(pathEvidence);
			collect(findings, "", pathEvidence);
		}
		Map<String, List<AmbiguousMention>> ambiguousMentions = new LinkedHashMap<>();
		for (ExtractedPart part : extraction.parts()) {
			if (part.text().isEmpty()) {
				continue;
			}
			MatchResult result = this.matcher.match(part.text());
			for (Evidence textEvidence : result.evidence()) {
				evidence.add(textEvidence);
				collect(findings, part.path(), textEvidence);
			}
			if (!result.ambiguous().isEmpty()) {
				ambiguousMentions.computeIfAbsent(part.path(), (path) -> new ArrayList<>()).addAll(result.ambiguous());
			}
			for (UnknownIdentifier identifier : result.unknown()) {
				String kind = identifier.kind().name();
				String hash = this.hasher.hash(kind, identifier.canonicalValue());
				unknown.putIfAbsent(kind + ':' + hash, new UnknownInstitution(kind, identifier.maskedValue(), hash));
			}
			if (!classify) {
				continue;
			}
			ClassificationResult classification = this.classifier.classify(part.text(), memberName(item, part),
					part.mediaType(), incomplete || part.status() != ExtractionStatus.OK);
			records += classification.structuredRecords();
			incomplete |= classification.findingsOmitted() > 0 || part.status() != ExtractionStatus.OK;
			for (SensitiveFinding finding : classification.findings()) {
				collect(sensitive, part.path(), finding);
				personalFindings.add((finding.recordKey() != null)
						? finding.withRecordKey(part.path() + '#' + finding.recordKey()) : finding);
			}
		}
		// names shared by several clients: settled by an identifier of one of them
		// anywhere in the item
		List<AmbiguousCandidate> ambiguous = new ArrayList<>();
		for (Map.Entry<String, List<AmbiguousMention>> part : ambiguousMentions.entrySet()) {
			NamesakeResolver.Resolution resolution = NamesakeResolver.resolve(evidence, part.getKey(), part.getValue());
			for (Evidence settled : resolution.evidence()) {
				evidence.add(settled);
				collect(findings, part.getKey(), settled);
			}
			ambiguous.addAll(resolution.ambiguous());
		}
		List<ClientAttribution> attributions = Attribution.attribute(evidence, this.attributionPolicy)
			.stream()
			.map((decision) -> new ClientAttribution(decision.clientId(), decision.score(),
					String.join(",", decision.decidingKinds().stream().map(Enum::name).sorted().toList())))
			.toList();
		ExtractionStatus status = extraction.status();
		ItemStatus itemStatus = status.hasText() ? ItemStatus.ANALYSED : ItemStatus.FAILED;
		String reason = (status == ExtractionStatus.OK) ? null : status.code();
		return new ItemAnalysis(item.itemId(), itemStatus, reason, extraction.detail(), extraction.mediaType(),
				extraction.textChars(), extraction.parts().size(), List.copyOf(findings.values()), attributions,
				List.copyOf(unknown.values()), List.copyOf(sensitive.values()),
				PersonLinks.of(personalFindings, Long.toString(item.itemId())), records, incomplete,
				qualityFlags(extraction), extraction.parts().stream().filter((part) -> !part.isContainer()).toList(),
				List.copyOf(ambiguous), classify, PersonRecords.of(personalFindings));
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
