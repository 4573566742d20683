package com.breachimpact.incremental;

import java.util.Map;
import java.util.Optional;

import com.breachimpact.analysis.ItemAnalyser;
import com.breachimpact.analysis.ItemAnalysis;
import com.breachimpact.analysis.TextCache;
import com.breachimpact.extraction.Extraction;
import com.breachimpact.inventory.LedgerItem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

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

	private final JdbcTemplate jdbc;

	public ItemRemapper(ItemAnalyser analyser, TextCache textCache, JdbcTemplate jdbc) {
		this.analyser = analyser;
		this.textCache = textCache;
		this.jdbc = jdbc;
	}

	@Override
	public ItemAnalysis process(LedgerItem item) {
		Optional<Extraction> cached = (item.sha256() != null) ? this.textCache.get(item.sha256()) : Optional.empty();
		if (cached.isEmpty()) {
			logger.info("Item {}: no cached text of its content, analysing it again", item.itemId());
			return this.analyser.process(item);
		}
		ItemAnalysis mapped = this.analyser.remap(item, cached.get());
		Map<String, Object> source = this.jdbc.queryForMap("""
				SELECT s.records, s.sensitive_incomplete FROM inventory_item t
				JOIN inventory_item s ON s.item_id = t.source_item_id WHERE t.item_id = ?""", item.itemId());
		Number records = (Number) source.get("records");
		Boolean incomplete = (Boolean) source.get("sensitive_incomplete");
		return new ItemAnalysis(mapped.itemId(), mapped.status(), mapped.reason(), mapped.detail(), mapped.mediaType(),
				mapped.textChars(), mapped.parts(), mapped.findings(), mapped.attributions(), mapped.candidates(),
				mapped.unknownInstitutions(), mapped.sensitiveValues(), (records != null) ? records.longValue() : 0,
				Boolean.TRUE.equals(incomplete), mapped.qualityFlags(), mapped.members(), mapped.ambiguousCandidates(),
				false, mapped.personRecords());
	}

}
