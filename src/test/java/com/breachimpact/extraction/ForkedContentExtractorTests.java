package com.breachimpact.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.breachimpact.support.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link ForkedContentExtractor} with parsers that hang, run out of memory, overflow
 * their stack, halt their JVM or ignore the time limit ({@link MisbehavingParser}): each
 * costs its own item only, within bounded time, and the next items extract in the same
 * extractor.
 */
@Timeout(120)
@SlowTest
class ForkedContentExtractorTests {

	private static final Duration ITEM_TIMEOUT = Duration.ofSeconds(4);

	private static final Duration STALL_TIMEOUT = Duration.ofSeconds(2);

	@TempDir
	Path dir;

	private ForkedContentExtractor extractor;

	private Path good;

	@BeforeEach
	void setUp() throws IOException {
		this.extractor = extractor(1, 500);
		this.good = Files.writeString(this.dir.resolve("good.txt"), "routing 011000015 at First Harbor\n");
	}

	@AfterEach
	void tearDown() {
		this.extractor.close();
	}

	@Test
	void hangingParserIsKilledAfterTheStallTimeoutAndTheNextFileExtracts() throws IOException {
		// given
		Path hang = file("stuck.hang");
		long start = System.nanoTime();
		// when
		Extraction hung = this.extractor.extract(hang, "stuck.hang");
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		// then
		assertThat(hung.status().code()).isEqualTo("timeout");
		assertThat(hung.detail()).contains("no progress");
		assertThat(hung.parts()).isEmpty();
		assertThat(elapsed).isBetween(STALL_TIMEOUT, STALL_TIMEOUT.plusSeconds(10));
		assertGoodFileExtracts();
	}

	@Test
	void parserThatIgnoresTheTimeLimitIsKilledPastItAndTheNextFileExtracts() throws IOException {
		Path stubborn = file("forever.stubborn");
		long start = System.nanoTime();
		Extraction extraction = this.extractor.extract(stubborn, "forever.stubborn");
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertThat(extraction.status()).isEqualTo(ExtractionStatus.TIMEOUT);
		assertThat(extraction.detail()).contains("time limit");
		assertThat(elapsed).isBetween(ITEM_TIMEOUT, ITEM_TIMEOUT.plusSeconds(12));
		assertGoodFileExtracts();
	}

	@Test
	void parserThatKeepsWritingStopsAtTheTimeLimitWithItsTextKept() throws IOException {
		Path drip = file("slow.drip");
		Extraction extraction = this.extractor.extract(drip, "slow.drip");
		assertThat(extraction.status().code()).isEqualTo("limit:time");
		assertThat(extraction.status().hasText()).isTrue();
		assertThat(extraction.parts().get(0).text()).contains("drip line 0", "drip line 10");
		assertGoodFileExtracts();
	}

	@Test
	void parserThatRunsOutOfMemoryEndsOomAndTheNextFileExtracts() throws IOException {
		Extraction extraction = this.extractor.extract(file("hungry.oom"), "hungry.oom");
		assertThat(extraction.status().code()).isEqualTo("oom");
		assertThat(extraction.parts()).isEmpty();
		assertGoodFileExtracts();
	}

	@Test
	void fileThatKillsAParserProcessWhichExtractedOthersIsRetriedOnAFreshOne() throws IOException {
		// given a parser process that has extracted a file already
		assertGoodFileExtracts();
		// when a file kills it that a fresh parser process reads
		Extraction extraction = this.extractor.extract(file("fine-alone.leak"), "fine-alone.leak");
		// then
		assertThat(extraction.status()).isEqualTo(ExtractionStatus.OK);
		assertThat(extraction.parts().get(0).text()).contains("parsed by a fresh parser process");
		assertGoodFileExtracts();
	}

	@Test
	void fileThatKillsAFreshParserProcessTooEndsOomOnceRetried() throws IOException {
		// given a parser process that has extracted a file already
		assertGoodFileExtracts();
		// when
		Extraction extraction = this.extractor.extract(file("hungry.oom"), "hungry.oom");
		// then
		assertThat(extraction.status().code()).isEqualTo("oom");
		assertThat(extraction.detail()).contains("also on a fresh parser process");
		assertGoodFileExtracts();
	}

	@Test
	void parserThatOverflowsItsStackEndsCrashAndTheNextFileExtracts() throws IOException {
		Extraction extraction = this.extractor.extract(file("deep.stack"), "deep.stack");
		assertThat(extraction.status().code()).isEqualTo("crash");
		assertGoodFileExtracts();
	}

	@Test
	void parserProcessThatDiesEndsCrashAndTheNextFileExtracts() throws IOException {
		Extraction extraction = this.extractor.extract(file("halt.exit"), "halt.exit");
		assertThat(extraction.status().code()).isEqualTo("crash");
		assertThat(extraction.detail()).contains("exit code " + MisbehavingParser.EXIT_CODE);
		assertGoodFileExtracts();
	}

	@Test
	void everyFailureInARowCostsOnlyItsOwnItem() throws IOException {
		List<String> codes = new ArrayList<>();
		for (String name : List.of("a.oom", "b.txt", "c.hang", "d.exit", "e.txt", "f.stack", "g.txt")) {
			Path file = name.endsWith(".txt") ? this.good : file(name);
			codes.add(this.extractor.extract(file, file.getFileName().toString()).status().code());
		}
		assertThat(codes).containsExactly("oom", "ok", "timeout", "crash", "ok", "crash", "ok");
	}

	@Test
	void parserProcessesAreReplacedAfterTheirItemCount() throws IOException {
		this.extractor.close();
		this.extractor = extractor(1, 2);
		Path pid = file("which.pid");
		List<Long> pids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Extraction extraction = this.extractor.extract(pid, "which.pid");
			assertThat(extraction.status()).isEqualTo(ExtractionStatus.OK);
			String text = extraction.parts().get(0).text().strip();
			assertThat(text).startsWith("pid ");
			pids.add(Long.parseLong(text.substring(4)));
		}
		// two items per child: children 1, 1, 2, 2, 3, none of them this JVM
		assertThat(pids.get(0)).isEqualTo(pids.get(1)).isNotEqualTo(ProcessHandle.current().pid());
		assertThat(pids.get(2)).isEqualTo(pids.get(3)).isNotEqualTo(pids.get(0));
		assertThat(pids.get(4)).isNotIn(pids.get(0), pids.get(2));
	}

	@Test
	void thePoolStartsOnFirstUseAndReplacesARetiredParserProcessInTheBackground() throws Exception {
		this.extractor.close();
		this.extractor = extractor(2, 1);
		assertThat(this.extractor.liveParserProcesses()).isZero();
		assertGoodFileExtracts();
		// the child that extracted is retired after its one item; the pool starts its
		// successor and the other slot's child without waiting for the next file
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (this.extractor.liveParserProcesses() < 2 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(this.extractor.liveParserProcesses()).isEqualTo(2);
		assertGoodFileExtracts();
	}

	@Test
	void concurrentCallersShareThePool() throws Exception {
		this.extractor.close();
		this.extractor = extractor(2, 500);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Extraction>> results = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				Path file = (i == 5) ? file("stuck.hang") : this.good;
				results.add(threads.submit(() -> this.extractor.extract(file, file.getFileName().toString())));
			}
			List<String> codes = new ArrayList<>();
			for (Future<Extraction> result : results) {
				codes.add(result.get().status().code());
			}
			assertThat(codes).filteredOn("ok"::equals).hasSize(11);
			assertThat(codes.get(5)).isEqualTo("timeout");
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void closedExtractorRefusesWork() {
		this.extractor.close();
		assertThatIllegalStateException().isThrownBy(() -> this.extractor.extract(this.good, "good.txt"));
	}

	private void assertGoodFileExtracts() {
		Extraction extraction = this.extractor.extract(this.good, "good.txt");
		assertThat(extraction.status()).isEqualTo(ExtractionStatus.OK);
		assertThat(extraction.parts().get(0).text()).contains("routing 011000015");
	}

	private Path file(String name) throws IOException {
		return Files.writeString(this.dir.resolve(name), "misbehave\n");
	}

	private static ForkedContentExtractor extractor(int parserProcesses, int itemsPerParserProcess) {
		ExtractionProperties properties = ExtractionProperties.defaults()
			.withTimeouts(ITEM_TIMEOUT, STALL_TIMEOUT)
			.withParserProcesses(parserProcesses, itemsPerParserProcess, DataSize.ofMegabytes(128));
		return new ForkedContentExtractor(properties, MisbehavingParser.class.getName());
	}

}
