package com.breachimpact.analysis;

import java.util.List;

import com.breachimpact.extraction.ExtractedPart;
import com.breachimpact.institution.AmbiguousCandidate;
import com.breachimpact.inventory.ItemStatus;

/**
 * The outcome of analysing one ledger item: its final status and what was found in it.
 *
 * @param itemId the ledger id
 * @param status analysed or failed
 * @param reason the failure reason code, or a flag on an analysed item (such as
 * {@code truncated}), or {@code null}
 * @param detail a message for investigators, or {@code null}
 * @param mediaType the detected media type
 * @param textChars characters of text extracted
 * @param parts the number of parts (the item and its members) extracted
 * @param findings the client evidence
 * @param attributions the clients each leaf of the item (the item itself, each member
 * with text of its own) is attributed to
 * @param candidates the (leaf, client) pairs with evidence under the threshold
 * @param unknownInstitutions valid identifiers of institutions not in the registry
 * @param sensitiveValues the distinct sensitive values per member
 * @param records structured records read (NACHA entries, CSV rows)
 * @param sensitiveIncomplete whether classification was cut short (text cut at a limit, a
 * member that failed, or more findings than retained), so that counts may be low
 * @param qualityFlags warnings on the extracted text, comma-separated, or {@code null}
 * @param members the embedded members extracted, each to be recorded as a ledger row of
 * its own
 * @param ambiguousCandidates names shared by several clients that nothing in the item
 * settled: evidence for none of them
 * @param classified whether the sensitive data above comes from this analysis (else it
 * was reused from an earlier item of the same content and is left as it is)
 * @param personRecords the person records of each leaf (see
 * {@link com.breachimpact.persons.PersonRecords})
 */
public record ItemAnalysis(long itemId, ItemStatus status, String reason, String detail, String mediaType,
		long textChars, int parts, List<ClientFinding> findings, List<ClientAttribution> attributions,
		List<ClientAttribution> candidates, List<UnknownInstitution> unknownInstitutions,
		List<SensitiveValue> sensitiveValues, long records, boolean sensitiveIncomplete, String qualityFlags,
		List<ExtractedPart> members, List<AmbiguousCandidate> ambiguousCandidates, boolean classified,
		List<LeafPersonRecord> personRecords) {

}
