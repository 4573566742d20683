package com.breachimpact.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compilers a parser process runs with: the quick compiler only when each child is
 * expected to extract little before it is replaced or the files run out, both otherwise
 * and when the pool was never told what comes.
 */
class ParserProcessCompilerTests {

	private static final long MB = 1024 * 1024;

	@Test
	void expectedBytesArePerProcessAndBoundedByTheFilesAProcessLives() {
		// 10,000 files of 5 KB on two processes: 5,000 files each
		assertThat(ForkedContentExtractor.expectedBytesPerProcess(10_000, 10_000 * 5_000L, 2, 10_000))
			.isEqualTo(5_000 * 5_000L);
		// a million files of 5 KB: each process lives 10,000 files
		assertThat(ForkedContentExtractor.expectedBytesPerProcess(1_000_000, 1_000_000 * 5_000L, 2, 10_000))
			.isEqualTo(10_000 * 5_000L);
		// three files on two processes: two for one of them
		assertThat(ForkedContentExtractor.expectedBytesPerProcess(3, 300, 2, 10_000)).isEqualTo(200);
	}

	@Test
	void smallFilesGetTheQuickCompilerAndLargeOnesBoth() {
		ForkedContentExtractor extractor = new ForkedContentExtractor(ExtractionProperties.defaults()
			.withParserProcesses(2, 10_000, ExtractionProperties.defaults().parserProcessHeap()));
		try {
			assertThat(extractor.quickCompiler()).as("never told").isFalse();
			extractor.expect(1_000_000, 1_000_000 * 5_000L);
			assertThat(extractor.quickCompiler()).as("files of 5 KB").isTrue();
			extractor.expect(20_000, 20_000 * 500_000L);
			assertThat(extractor.quickCompiler()).as("files of 500 KB").isFalse();
			extractor.expect(2, 2 * 200 * MB);
			assertThat(extractor.quickCompiler()).as("one 200 MB file per process").isTrue();
			extractor.expect(0, 0);
			assertThat(extractor.quickCompiler()).as("nothing pending changes nothing").isTrue();
		}
		finally {
			extractor.close();
		}
	}

	@Test
	void compilersSetInThePropertiesAreKept() {
		for (ExtractionProperties.Compilers compilers : List.of(ExtractionProperties.Compilers.QUICK,
				ExtractionProperties.Compilers.FULL)) {
			ForkedContentExtractor extractor = new ForkedContentExtractor(
					ExtractionProperties.defaults().withParserProcessCompilers(compilers));
			try {
				boolean quick = compilers == ExtractionProperties.Compilers.QUICK;
				assertThat(extractor.quickCompiler()).isEqualTo(quick);
				extractor.expect(20_000, 20_000 * 500_000L);
				extractor.expect(1_000_000, 1_000_000 * 5_000L);
				assertThat(extractor.quickCompiler()).isEqualTo(quick);
			}
			finally {
				extractor.close();
			}
		}
	}

	@Test
	void onlyTheQuickCommandStopsAtTheFirstTier() {
		assertThat(ParserProcessCommand.of(ExtractionProperties.defaults(), null, true))
			.contains("-XX:TieredStopAtLevel=1");
		assertThat(ParserProcessCommand.of(ExtractionProperties.defaults(), null, false))
			.noneMatch((argument) -> argument.startsWith("-XX:TieredStopAtLevel"));
	}

}
