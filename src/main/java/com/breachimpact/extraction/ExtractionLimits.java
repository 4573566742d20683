package com.breachimpact.extraction;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The limits of one file's extraction and what it has used of them so far: nesting depth,
 * member count, bytes expanded from members (in total and per byte of the file) and time.
 * Used by the parsing thread only; the first limit hit is kept, and every later check
 * throws again, so that a parser that swallows the exception still stops at its next read
 * or text event.
 */
final class ExtractionLimits {

	/** Metadata key of a member whose reading hit a limit: the limit's code. */
	static final Property LIMIT_HIT = Property.internalText("breach-impact:limit");

	/**
	 * Metadata key of a member's path inside the file, from the names its containers gave
	 * it ({@code inner.zip!/2024/q3.txt}, see {@link LedgerPaths}: a second member of the
	 * same path is numbered, {@code q3.txt#2}); Tika's own embedded resource path keeps
	 * only the last segment of each name.
	 */
	static final Property MEMBER_PATH = Property.internalText("breach-impact:member-path");

	/**
	 * Bytes that may always be expanded, whatever the file's size and the ratio limit.
	 */
	static final long RATIO_GRACE_BYTES = 1L << 20;

	private final int maxDepth;

	private final int maxMembers;

	private final long maxBytes;

	private final long maxRatioBytes;

	private final int maxRatio;

	private final long deadline;

	private final long timeoutMillis;

	private final LongAdder progress;

	private int depth;

	private int members;

	private long expanded;

	private ExtractionLimitException hit;

	private final Deque<String> paths = new ArrayDeque<>();

	private final Set<String> usedPaths = new HashSet<>();

	/**
	 * Create the limits of one file.
	 * @param properties the configured limits
	 * @param fileSize the file's size in bytes
	 * @param progress counter of reads and text events, for a watchdog
	 */
	ExtractionLimits(ExtractionProperties properties, long fileSize, LongAdder progress) {
		this.maxDepth = properties.maxDepth();
		this.maxMembers = properties.maxEmbedded();
		this.maxBytes = properties.maxExpandedSize().toBytes();
		this.maxRatio = properties.maxExpansionRatio();
		this.maxRatioBytes = Math.max(RATIO_GRACE_BYTES, multiplyCapped(fileSize, properties.maxExpansionRatio()));
		this.timeoutMillis = properties.itemTimeout().toMillis();
		this.deadline = System.nanoTime() + properties.itemTimeout().toNanos();
		this.progress = progress;
	}

	/** The limit hit, or {@code null}. */
	ExtractionLimitException hit() {
		return this.hit;
	}

	/** Bytes read from members so far. */
	long expanded() {
		return this.expanded;
	}

	/**
	 * Enter a document: the file itself (level 0) or a member. Every call must be paired
	 * with {@link #leave()}, even when it throws.
	 * @param metadata the document's metadata, marked if it hits a limit
	 * @return the document's level: 0 for the file, 1 for its members, ...
	 * @throws ExtractionLimitException if a limit is hit
	 */
	int enter(Metadata metadata) throws ExtractionLimitException {
		int level = this.depth++;
		this.paths
			.push((level == 0) ? "" : LedgerPaths.unique(memberPath(this.paths.peek(), metadata), this.usedPaths));
		if (level > 0) {
			metadata.set(MEMBER_PATH, this.paths.peek());
		}
		check();
		if (level > 0) {
			if (level > this.maxDepth) {
				throw trip(ExtractionStatus.LIMIT_DEPTH, "member nested deeper than " + this.maxDepth + " levels",
						metadata);
			}
			if (++this.members > this.maxMembers) {
				throw trip(ExtractionStatus.LIMIT_MEMBERS, "more than " + this.maxMembers + " members", metadata);
			}
		}
		return level;
	}

	/** Leave the document last entered. */
	void leave() {
		this.depth--;
		this.paths.pop();
	}

	private static String memberPath(String parent, Metadata metadata) {
		String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
		if (name == null || name.isBlank()) {
			String tikaPath = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
			name = (tikaPath != null) ? tikaPath.substring(tikaPath.lastIndexOf('/') + 1) : "";
		}
		while (name.startsWith("/")) {
			name = name.substring(1);
		}
		return LedgerPaths.member(parent, name);
	}

	/**
	 * Check the time, and a limit hit before.
	 * @throws ExtractionLimitException if a limit is or was hit
	 */
	void check() throws ExtractionLimitException {
		this.progress.increment();
		if (this.hit != null) {
			throw this.hit;
		}
		if (System.nanoTime() - this.deadline > 0) {
			throw trip(ExtractionStatus.LIMIT_TIME, "over the time limit of " + this.timeoutMillis + " ms", null);
		}
	}

	/**
	 * Count bytes read from a member.
	 * @param bytes the bytes read
	 * @param metadata the member's metadata, marked if it hits a limit
	 * @throws ExtractionLimitException if a limit is hit
	 */
	void expand(long bytes, Metadata metadata) throws ExtractionLimitException {
		this.expanded += bytes;
		if (this.expanded > Math.min(this.maxBytes, this.maxRatioBytes)) {
			if (this.maxRatioBytes < this.maxBytes) {
				throw trip(ExtractionStatus.LIMIT_RATIO,
						"members expand to more than " + this.maxRatio + " times the file's size", metadata);
			}
			throw trip(ExtractionStatus.LIMIT_BYTES, "more than " + this.maxBytes + " bytes expanded from members",
					metadata);
		}
	}

	/**
	 * Wrap a member's stream so that its reads are counted and checked.
	 * @param stream the member's stream
	 * @param metadata the member's metadata
	 * @return a stream that does not close {@code stream}
	 */
	InputStream counting(InputStream stream, Metadata metadata) {
		return new CountingInputStream(stream, metadata);
	}

	private ExtractionLimitException trip(ExtractionStatus limit, String message, Metadata metadata) {
		if (this.hit == null) {
			this.hit = new ExtractionLimitException(limit, message);
			if (metadata != null) {
				metadata.set(LIMIT_HIT, limit.code());
			}
		}
		return this.hit;
	}

	private static long multiplyCapped(long a, long b) {
		long high = Math.multiplyHigh(a, b);
		return (high != 0 || a * b < 0) ? Long.MAX_VALUE : a * b;
	}

	private final class CountingInputStream extends FilterInputStream {

		private final Metadata metadata;

		CountingInputStream(InputStream in, Metadata metadata) {
			super(in);
			this.metadata = metadata;
		}

		@Override
		public int read() throws IOException {
			check();
			int b = super.read();
			if (b >= 0) {
				expand(1, this.metadata);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			check();
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				expand(read, this.metadata);
			}
			return read;
		}

		@Override
		public long skip(long n) throws IOException {
			check();
			long skipped = super.skip(n);
			if (skipped > 0) {
				expand(skipped, this.metadata);
			}
			return skipped;
		}

		@Override
		public boolean markSupported() {
			return false;
		}

		@Override
		public void close() {
			// the member's stream belongs to the parser of its container
		}

	}

}
