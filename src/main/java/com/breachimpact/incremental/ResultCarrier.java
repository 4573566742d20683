package com.breachimpact.incremental;

import com.breachimpact.analysis.JdbcAmbiguousCandidateRepository;
import com.breachimpact.analysis.JdbcAttributionCandidateRepository;
import com.breachimpact.analysis.JdbcClientFindingRepository;
import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.analysis.JdbcSensitiveValueRepository;
import com.breachimpact.analysis.JdbcUnknownIdentifierRepository;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.persons.JdbcPersonRecordRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reuses finished work on a rerun, in set-based SQL so that an unchanged inventory costs
 * a few statements, not one per file:
 * <ul>
 * <li>{@link #link}: pending items whose content (SHA-256) was already analysed in the
 * case, or occurs earlier in this run, get that item as their source; files of the
 * previous run that are gone are recorded as removed;</li>
 * <li>{@link #carry}: items whose source is analysed take over its sensitive data (which
 * depends on content only) and, when the source lies at the same path and was mapped with
 * the same registry, its client findings, attributions, candidates, ambiguous name
 * candidates, members and final status too. The others (moved or copied content, or a
 * changed registry) are left for re-mapping from the text cache.</li>
 * </ul>
 */
public class ResultCarrier {

	private static final Logger logger = LoggerFactory.getLogger(ResultCarrier.class);

	private final JdbcTemplate jdbc;

	private final JdbcInventoryItemRepository items;

	private final JdbcRemovedItemRepository removedItems;

	private final JdbcClientFindingRepository findings;

	private final JdbcItemAttributionRepository attributions;

	private final JdbcAttributionCandidateRepository candidates;

	private final JdbcUnknownIdentifierRepository unknownIdentifiers;

	private final JdbcAmbiguousCandidateRepository ambiguousCandidates;

	/**
	 * A carrier of earlier results.
	 * @param jdbc the database, for the sensitive values and people of the items
	 * @param items the ledger
	 * @param removedItems the files gone since the previous run
	 * @param findings the client findings
	 * @param attributions the attributions
	 * @param candidates the candidates under the threshold
	 * @param unknownIdentifiers the unknown institutions
	 * @param ambiguousCandidates the unsettled namesakes
	 */
	public ResultCarrier(JdbcTemplate jdbc, JdbcInventoryItemRepository items, JdbcRemovedItemRepository removedItems,
			JdbcClientFindingRepository findings, JdbcItemAttributionRepository attributions,
			JdbcAttributionCandidateRepository candidates, JdbcUnknownIdentifierRepository unknownIdentifiers,
			JdbcAmbiguousCandidateRepository ambiguousCandidates) {
		this.jdbc = jdbc;
		this.items = items;
		this.removedItems = removedItems;
		this.findings = findings;
		this.attributions = attributions;
		this.candidates = candidates;
		this.unknownIdentifiers = unknownIdentifiers;
		this.ambiguousCandidates = ambiguousCandidates;
	}

	/**
	 * Link pending items to earlier items of the same content, and record the previous
	 * run's files that are gone.
	 * @param runId the run
	 * @return how many items were linked by content
	 */
	public int link(long runId) {
		this.items.refreshStatistics();
		int earlier = this.items.linkToEarlierContent(runId);
		int within = this.items.linkToRepeatedContent(runId);
		int removed = this.removedItems.recordRemoved(runId);
		logger.info("Run {}: {} items reuse content analysed before, {} repeat content of this run, {} files removed",
				runId, earlier, within, removed);
		return earlier + within;
	}

	/**
	 * Take over the results of analysed sources.
	 * @param runId the run
	 * @return how many items took over their source's whole analysis
	 */
	public int carry(long runId) {
		new JdbcSensitiveValueRepository(this.jdbc).carryForward(runId);
		new JdbcPersonRecordRepository(this.jdbc).carry(JdbcInventoryItemRepository.CARRIED_CONTENT, runId);
		this.findings.carryForward(runId);
		this.attributions.carryForward(runId);
		this.candidates.carryForward(runId);
		this.unknownIdentifiers.carryForward(runId);
		this.ambiguousCandidates.carryForward(runId);
		this.items.carryMembersForward(runId);
		int carried = this.items.takeOverAnalyses(runId);
		int remap = this.items.markForRemap(runId);
		logger.info("Run {}: {} items reuse their earlier analysis whole, {} are re-mapped from cached text", runId,
				carried, remap);
		return carried;
	}

}
