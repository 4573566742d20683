package com.breachimpact.incremental;

import java.util.Optional;

import com.breachimpact.analysis.ItemAnalyser;
import com.breachimpact.analysis.ItemAnalysis;
import com.breachimpact.analysis.TextCache;
import com.breachimpact.extraction.Extraction;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.LedgerItem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Maps an item whose content was analysed before (moved, copied, or mapped with another
 * registry version) to clients again from the cached text of that content, without
 * calling the parser; its sensitive data was already taken over from the earlier item.
 * Without a cached text the item is analysed in full.
 */
public class ItemRemapper implements ItemProcessor<LedgerItem, ItemAnalysis> {

	private static final Logger logger = LoggerFactory.getLogger(ItemRemapper.class);

	private final ItemAnalyser analyser;

	private final TextCache textCache;

	private final JdbcInventoryItemRepository items;

	public ItemRemapper(ItemAnalyser analyser, TextCache textCache, JdbcInventoryItemRepository items) {
		this.analyser = analyser;
		this.textCache = textCache;
		this.items = items;
	}

	@Override
	public ItemAnalysis process(LedgerItem item) {
		Optional<Extraction> cached = (item.sha256() != null) ? this.textCache.get(item.sha256()) : Optional.empty();
		if (cached.isEmpty()) {
			logger.info("Item {}: no cached text of its content, analysing it again", item.itemId());
			return this.analyser.process(item);
		}
		ItemAnalysis mapped = this.analyser.remap(item, cached.get());
		JdbcInventoryItemRepository.SourceFacts source = this.items.sourceFacts(item.itemId());
		return new ItemAnalysis(mapped.itemId(), mapped.status(), mapped.reason(), mapped.detail(), mapped.mediaType(),
				mapped.textChars(), mapped.parts(), mapped.findings(), mapped.attributions(), mapped.candidates(),
				mapped.unknownInstitutions(), mapped.sensitiveValues(), source.records(), source.sensitiveIncomplete(),
				mapped.qualityFlags(), mapped.members(), mapped.ambiguousCandidates(), false, mapped.personRecords());
	}

}
