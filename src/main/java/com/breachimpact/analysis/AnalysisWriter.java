package com.breachimpact.analysis;

import java.util.ArrayList;
import java.util.List;

import com.breachimpact.extraction.ExtractedPart;
import com.breachimpact.extraction.ExtractionStatus;
import com.breachimpact.inventory.ItemStatus;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.institution.AmbiguousCandidate;
import com.breachimpact.persons.JdbcPersonRecordRepository;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of analyses in the chunk's transaction: the items' final status, their
 * client findings, attributions and candidates under the threshold, unknown institutions,
 * sensitive values (one row per leaf and category), person records and ambiguous name
 * candidates, in batches. Because the analyse step reads only pending items, a chunk
 * rolled back by a failure is analysed again on restart and a committed one never is: no
 * finding is lost or written twice.
 */
public class AnalysisWriter implements ItemWriter<ItemAnalysis> {

	private final JdbcInventoryItemRepository items;

	private final JdbcClientFindingRepository findings;

	private final JdbcItemAttributionRepository attributions;

	private final JdbcAttributionCandidateRepository candidates;

	private final JdbcUnknownIdentifierRepository unknownIdentifiers;

	private final JdbcAmbiguousCandidateRepository ambiguousCandidates;

	private final JdbcPersonRecordRepository personRecords;

	private final JdbcSensitiveValueRepository sensitiveValues;

	private final long runId;

	/**
	 * A writer of one run's analyses.
	 * @param jdbc the database, for the sensitive values and person records of the items
	 * @param items the ledger
	 * @param findings the client findings
	 * @param attributions the attributions
	 * @param candidates the candidates under the threshold
	 * @param unknownIdentifiers the unknown institutions
	 * @param ambiguousCandidates the unsettled namesakes
	 * @param runId the run
	 */
	public AnalysisWriter(JdbcTemplate jdbc, JdbcInventoryItemRepository items, JdbcClientFindingRepository findings,
			JdbcItemAttributionRepository attributions, JdbcAttributionCandidateRepository candidates,
			JdbcUnknownIdentifierRepository unknownIdentifiers, JdbcAmbiguousCandidateRepository ambiguousCandidates,
			long runId) {
		this.items = items;
		this.findings = findings;
		this.attributions = attributions;
		this.candidates = candidates;
		this.unknownIdentifiers = unknownIdentifiers;
		this.ambiguousCandidates = ambiguousCandidates;
		this.personRecords = new JdbcPersonRecordRepository(jdbc);
		this.sensitiveValues = new JdbcSensitiveValueRepository(jdbc);
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends ItemAnalysis> chunk) {
		List<Object[]> items = new ArrayList<>();
		List<Object[]> findings = new ArrayList<>();
		List<Object[]> attributions = new ArrayList<>();
		List<Object[]> candidates = new ArrayList<>();
		List<Object[]> unknown = new ArrayList<>();
		List<Object[]> sensitive = new ArrayList<>();
		List<Object[]> personRows = new ArrayList<>();
		List<Object[]> reclassified = new ArrayList<>();
		List<Object[]> members = new ArrayList<>();
		List<Object[]> ambiguous = new ArrayList<>();
		for (ItemAnalysis analysis : chunk) {
			for (ExtractedPart member : analysis.members()) {
				ExtractionStatus status = member.status();
				boolean analysed = status.hasText();
				members.add(JdbcInventoryItemRepository.memberRow(this.runId, analysis.itemId(), member.path(),
						truncate(member.mediaType(), 255), (analysed ? ItemStatus.ANALYSED : ItemStatus.FAILED).code(),
						(status == ExtractionStatus.OK) ? null : status.code(), member.detail(),
						member.text().length()));
			}
			if (analysis.classified()) {
				reclassified.add(new Object[] { analysis.itemId() });
			}
			items.add(JdbcInventoryItemRepository.analysisRow(analysis.itemId(), analysis.status().code(),
					analysis.reason(), analysis.detail(), truncate(analysis.mediaType(), 255), analysis.textChars(),
					analysis.parts(), analysis.records(), analysis.sensitiveIncomplete(), analysis.qualityFlags()));
			sensitive
				.addAll(JdbcSensitiveValueRepository.rows(this.runId, analysis.itemId(), analysis.sensitiveValues()));
			int recordNo = 0;
			for (LeafPersonRecord record : analysis.personRecords()) {
				personRows.add(JdbcPersonRecordRepository.row(this.runId, analysis.itemId(), record.location(),
						++recordNo, record.record()));
			}
			for (ClientFinding finding : analysis.findings()) {
				findings.add(JdbcClientFindingRepository.row(this.runId, analysis.itemId(), finding));
			}
			for (ClientAttribution attribution : analysis.attributions()) {
				attributions.add(JdbcItemAttributionRepository.row(this.runId, analysis.itemId(), attribution));
			}
			for (ClientAttribution candidate : analysis.candidates()) {
				candidates.add(JdbcAttributionCandidateRepository.row(this.runId, analysis.itemId(), candidate));
			}
			for (AmbiguousCandidate candidate : analysis.ambiguousCandidates()) {
				ambiguous.add(JdbcAmbiguousCandidateRepository.row(this.runId, analysis.itemId(), candidate));
			}
			for (UnknownInstitution institution : analysis.unknownInstitutions()) {
				unknown.add(JdbcUnknownIdentifierRepository.row(this.runId, analysis.itemId(), institution));
			}
		}
		// sensitive data reused from an earlier item is replaced when the item was
		// classified anew
		this.sensitiveValues.deleteOfItems(reclassified);
		this.personRecords.deleteOfItems(reclassified);
		this.items.recordAnalyses(items);
		this.items.insertMembers(members);
		this.findings.insert(findings);
		this.attributions.insert(attributions);
		this.candidates.insert(candidates);
		this.unknownIdentifiers.insert(unknown);
		this.sensitiveValues.insert(sensitive);
		this.personRecords.insert(personRows);
		this.ambiguousCandidates.insert(ambiguous);
	}

	private static String truncate(String value, int length) {
		return (value != null && value.length() > length) ? value.substring(0, length) : value;
	}

}
