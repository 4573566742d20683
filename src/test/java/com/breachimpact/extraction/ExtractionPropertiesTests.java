package com.breachimpact.extraction;

import java.time.Duration;
import java.util.Map;

import com.breachimpact.extraction.ExtractionProperties.Isolation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ExtractionProperties} and {@link ExtractionStatus} codes.
 */
class ExtractionPropertiesTests {

	@Test
	void bindingNothingGivesTheDefaults() {
		ExtractionProperties bound = bind(Map.of("breach-impact.other", "x"));
		assertThat(bound).isEqualTo(ExtractionProperties.defaults());
	}

	@Test
	void propertiesBindFromTheirKebabCaseNames() {
		ExtractionProperties bound = bind(Map.of("breach-impact.extraction.isolation", "in-process",
				"breach-impact.extraction.max-expanded-size", "512MB", "breach-impact.extraction.max-expansion-ratio",
				"50", "breach-impact.extraction.item-timeout", "30s", "breach-impact.extraction.max-embedded", "10",
				"breach-impact.extraction.parser-process-heap", "1GB",
				"breach-impact.extraction.items-per-parser-process", "100", "breach-impact.extraction.parser-processes",
				"3"));
		assertThat(bound.isolation()).isEqualTo(Isolation.IN_PROCESS);
		assertThat(bound.maxExpandedSize()).isEqualTo(DataSize.ofMegabytes(512));
		assertThat(bound.maxExpansionRatio()).isEqualTo(50);
		assertThat(bound.itemTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(bound.maxEmbedded()).isEqualTo(10);
		assertThat(bound.parserProcessHeap()).isEqualTo(DataSize.ofGigabytes(1));
		assertThat(bound.itemsPerParserProcess()).isEqualTo(100);
		assertThat(bound.parserProcesses()).isEqualTo(3);
		assertThat(bound.maxDepth()).isEqualTo(10);
	}

	@Test
	void theForkedPoolHasOneParserProcessPerAnalysisThreadUnlessSet() {
		assertThat(ExtractionProperties.defaults().parserProcesses()).isZero();
		assertThat(ExtractionProperties.defaults().effectiveParserProcesses(4)).isEqualTo(4);
		assertThat(ExtractionProperties.defaults()
			.withParserProcesses(2, 500, DataSize.ofMegabytes(512))
			.effectiveParserProcesses(4)).isEqualTo(2);
		ContentExtractor forked = ContentExtractors.create(ExtractionProperties.defaults(), 3);
		try {
			assertThat(forked).hasToString("ForkedContentExtractor[parserProcesses=3, parser=auto-detect]");
		}
		finally {
			((ForkedContentExtractor) forked).close();
		}
	}

	@Test
	void statusCodesAreLedgerReasons() {
		assertThat(ExtractionStatus.TRUNCATED.code()).isEqualTo("limit:chars");
		assertThat(ExtractionStatus.LIMIT_RATIO.code()).isEqualTo("limit:ratio");
		assertThat(ExtractionStatus.TIMEOUT.code()).isEqualTo("timeout");
		assertThat(ExtractionStatus.ENCRYPTED.code()).isEqualTo("encrypted");
		for (ExtractionStatus status : ExtractionStatus.values()) {
			assertThat(ExtractionStatus.fromCode(status.code())).isSameAs(status);
			assertThat(status.hasText()).isEqualTo(status == ExtractionStatus.OK || status.code().startsWith("limit:"));
		}
	}

	@Test
	void isolationChoosesTheExtractor() {
		assertThat(ContentExtractors.create(ExtractionProperties.defaults().withIsolation(Isolation.IN_PROCESS)))
			.isInstanceOf(TikaContentExtractor.class);
		ContentExtractor forked = ContentExtractors.create(ExtractionProperties.defaults());
		try {
			assertThat(forked).isInstanceOf(ForkedContentExtractor.class);
		}
		finally {
			((ForkedContentExtractor) forked).close();
		}
	}

	private static ExtractionProperties bind(Map<String, String> values) {
		Binder binder = new Binder(new MapConfigurationPropertySource(values));
		return binder.bindOrCreate("breach-impact.extraction", ExtractionProperties.class);
	}

}
