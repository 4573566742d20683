package com.breachimpact.extraction;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and isolation of content extraction. A file that hits a limit is analysed as far
 * as it was read: its status is the limit's ({@code limit:chars}, {@code limit:depth},
 * {@code limit:members}, {@code limit:bytes}, {@code limit:ratio}, {@code limit:time})
 * and the parts read before it are kept.
 *
 * @param isolation where parsers run: {@code in-process} (in the scan's own JVM) or
 * {@code forked} (in supervised child JVMs, so that a parser that hangs, overflows its
 * stack or runs out of memory costs one item, not the scan)
 * @param writeLimit characters of text kept per file, its members included; a file cut at
 * the limit is analysed as far as it goes ({@code limit:chars})
 * @param maxEmbedded embedded members (archive entries, attachments, embedded objects, at
 * any depth) read per file ({@code limit:members})
 * @param maxDepth deepest member nesting read: 1 reads the members of the file, 2 the
 * members of those, and so on ({@code limit:depth})
 * @param maxExpandedSize bytes read from embedded members per file, all depths added up,
 * before reading stops ({@code limit:bytes})
 * @param maxExpansionRatio bytes read from embedded members per byte of the file before
 * reading stops ({@code limit:ratio}); checked once more than 1 MiB was expanded, so
 * small files with well-compressed members pass
 * @param itemTimeout time to extract one file; past it, reading stops at the next read or
 * text event ({@code limit:time}), and a forked parser that does not stop within a grace
 * period (a quarter of it, 1 to 10 seconds) is killed ({@code timeout})
 * @param stallTimeout forked only: a parser that neither reads a member nor writes text
 * for this long is killed ({@code timeout})
 * @param parserProcesses forked only: child JVMs in the pool, at most one file each at a
 * time; {@code 0} (the default) means one per analysis thread
 * @param itemsPerParserProcess forked only: files a child JVM extracts before it is
 * replaced by a fresh one
 * @param parserProcessHeap forked only: maximum heap of each child JVM ({@code -Xmx}); a
 * parser that needs more ends {@code oom}
 * @param parserProcessCompilers forked only: the JIT compilers of the child JVMs:
 * {@code auto} (the default) chooses from the work ahead
 * ({@link ForkedContentExtractor#expect}), {@code quick} runs C1 only, {@code full} C1
 * and C2
 */
@ConfigurationProperties(prefix = "breach-impact.extraction", ignoreUnknownFields = false)
public record ExtractionProperties(@DefaultValue("forked") Isolation isolation,
		@DefaultValue("20000000") int writeLimit, @DefaultValue("10000") int maxEmbedded,
		@DefaultValue("10") int maxDepth, @DefaultValue("4GB") DataSize maxExpandedSize,
		@DefaultValue("100") int maxExpansionRatio, @DefaultValue("120s") Duration itemTimeout,
		@DefaultValue("60s") Duration stallTimeout, @DefaultValue("0") int parserProcesses,
		@DefaultValue("10000") int itemsPerParserProcess, @DefaultValue("512MB") DataSize parserProcessHeap,
		@DefaultValue("auto") Compilers parserProcessCompilers) {

	/**
	 * The defaults, as binding an empty configuration gives them.
	 * @return the default properties
	 */
	public static ExtractionProperties defaults() {
		return new ExtractionProperties(Isolation.FORKED, 20_000_000, 10_000, 10, DataSize.ofGigabytes(4), 100,
				Duration.ofSeconds(120), Duration.ofSeconds(60), 0, 10_000, DataSize.ofMegabytes(512), Compilers.AUTO);
	}

	/**
	 * The child JVMs of the forked pool.
	 * @param analysisThreads the threads that extract at the same time
	 * @return {@link #parserProcesses()} when set, else {@code analysisThreads}
	 */
	public int effectiveParserProcesses(int analysisThreads) {
		return (this.parserProcesses > 0) ? this.parserProcesses : Math.max(1, analysisThreads);
	}

	/**
	 * A copy with another isolation.
	 * @param isolation the isolation
	 * @return the copy
	 */
	public ExtractionProperties withIsolation(Isolation isolation) {
		return new ExtractionProperties(isolation, this.writeLimit, this.maxEmbedded, this.maxDepth,
				this.maxExpandedSize, this.maxExpansionRatio, this.itemTimeout, this.stallTimeout, this.parserProcesses,
				this.itemsPerParserProcess, this.parserProcessHeap, this.parserProcessCompilers);
	}

	/**
	 * A copy with other content limits.
	 * @param writeLimit characters of text per file
	 * @param maxEmbedded members per file
	 * @param maxDepth deepest nesting
	 * @param maxExpandedSize bytes expanded from members per file
	 * @param maxExpansionRatio expanded bytes per byte of the file
	 * @return the copy
	 */
	public ExtractionProperties withLimits(int writeLimit, int maxEmbedded, int maxDepth, DataSize maxExpandedSize,
			int maxExpansionRatio) {
		return new ExtractionProperties(this.isolation, writeLimit, maxEmbedded, maxDepth, maxExpandedSize,
				maxExpansionRatio, this.itemTimeout, this.stallTimeout, this.parserProcesses,
				this.itemsPerParserProcess, this.parserProcessHeap, this.parserProcessCompilers);
	}

	/**
	 * A copy with other time limits.
	 * @param itemTimeout time per file
	 * @param stallTimeout time without progress (forked)
	 * @return the copy
	 */
	public ExtractionProperties withTimeouts(Duration itemTimeout, Duration stallTimeout) {
		return new ExtractionProperties(this.isolation, this.writeLimit, this.maxEmbedded, this.maxDepth,
				this.maxExpandedSize, this.maxExpansionRatio, itemTimeout, stallTimeout, this.parserProcesses,
				this.itemsPerParserProcess, this.parserProcessHeap, this.parserProcessCompilers);
	}

	/**
	 * A copy with another pool of parser processes.
	 * @param parserProcesses child JVMs
	 * @param itemsPerParserProcess files per child before it is replaced
	 * @param parserProcessHeap heap of each child
	 * @return the copy
	 */
	public ExtractionProperties withParserProcesses(int parserProcesses, int itemsPerParserProcess,
			DataSize parserProcessHeap) {
		return new ExtractionProperties(this.isolation, this.writeLimit, this.maxEmbedded, this.maxDepth,
				this.maxExpandedSize, this.maxExpansionRatio, this.itemTimeout, this.stallTimeout, parserProcesses,
				itemsPerParserProcess, parserProcessHeap, this.parserProcessCompilers);
	}

	/**
	 * A copy with other compilers for the parser processes.
	 * @param compilers the compilers
	 * @return the copy
	 */
	public ExtractionProperties withParserProcessCompilers(Compilers compilers) {
		return new ExtractionProperties(this.isolation, this.writeLimit, this.maxEmbedded, this.maxDepth,
				this.maxExpandedSize, this.maxExpansionRatio, this.itemTimeout, this.stallTimeout, this.parserProcesses,
				this.itemsPerParserProcess, this.parserProcessHeap, compilers);
	}

	/**
	 * The JIT compilers of the parser processes.
	 */
	public enum Compilers {

		/** Chosen from the work ahead, both when nothing was said. */
		AUTO,

		/** C1 only: cheapest for a process that extracts little before it is replaced. */
		QUICK,

		/** C1 and C2 (the JVM's default): cheapest for a process that extracts much. */
		FULL

	}

	/**
	 * Where parsers run.
	 */
	public enum Isolation {

		/**
		 * In the scan's JVM: cheapest, but a hung or memory-hungry parser stalls or kills
		 * the scan.
		 */
		IN_PROCESS,

		/** In supervised child JVMs ({@link ForkedContentExtractor}). */
		FORKED

	}

}
