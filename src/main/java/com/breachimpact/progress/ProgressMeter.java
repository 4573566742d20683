package com.breachimpact.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Counts the files and bytes done out of a known total and tells the rate, the time spent
 * and an estimate of the time left. Not thread-safe: one step thread advances it.
 */
public final class ProgressMeter {

	private final long totalFiles;

	private final long totalBytes;

	private final LongSupplier nanoClock;

	private final long startNanos;

	private long files;

	private long bytes;

	/**
	 * Start measuring.
	 * @param totalFiles files to do
	 * @param totalBytes bytes of those files
	 * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
	 */
	public ProgressMeter(long totalFiles, long totalBytes, LongSupplier nanoClock) {
		this.totalFiles = totalFiles;
		this.totalBytes = totalBytes;
		this.nanoClock = nanoClock;
		this.startNanos = nanoClock.getAsLong();
	}

	/**
	 * Count work done.
	 * @param doneFiles files just done
	 * @param doneBytes bytes of those files
	 */
	public void advance(long doneFiles, long doneBytes) {
		this.files += doneFiles;
		this.bytes += doneBytes;
	}

	/** Files done so far. */
	public long files() {
		return this.files;
	}

	/** Files to do in all. */
	public long totalFiles() {
		return this.totalFiles;
	}

	/** Bytes done so far. */
	public long bytes() {
		return this.bytes;
	}

	/** Time since the start. */
	public Duration elapsed() {
		return Duration.ofNanos(this.nanoClock.getAsLong() - this.startNanos);
	}

	/**
	 * Megabytes (10^6 bytes) done per second since the start; 0 before any time has
	 * passed.
	 */
	public double megabytesPerSecond() {
		double seconds = elapsed().toNanos() / 1e9;
		return (seconds > 0) ? this.bytes / 1e6 / seconds : 0;
	}

	/**
	 * The time left at the rate so far, by bytes when the total is known in bytes, else
	 * by files.
	 * @return the estimate, or {@code null} before any work is done
	 */
	public Duration remaining() {
		long elapsedNanos = elapsed().toNanos();
		double fraction;
		if (this.totalBytes > 0 && this.bytes > 0) {
			fraction = Math.min(1.0, (double) this.bytes / this.totalBytes);
		}
		else if (this.totalFiles > 0 && this.files > 0) {
			fraction = Math.min(1.0, (double) this.files / this.totalFiles);
		}
		else {
			return null;
		}
		return Duration.ofNanos((long) (elapsedNanos / fraction - elapsedNanos));
	}

	/**
	 * One line for a log: {@code 120/2900 files (4.1%), 12.3 MB/s, elapsed
	 * 0:01:10, remaining 0:27:20}.
	 * @return the line
	 */
	public String line() {
		double percent = (this.totalFiles > 0) ? 100.0 * this.files / this.totalFiles : 100.0;
		Duration remaining = remaining();
		return String.format(Locale.ROOT, "%d/%d files (%.1f%%), %.1f MB/s, elapsed %s, remaining %s", this.files,
				this.totalFiles, percent, megabytesPerSecond(), clock(elapsed()),
				(remaining != null) ? clock(remaining) : "unknown");
	}

	static String clock(Duration duration) {
		long seconds = duration.toSeconds();
		return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
	}

}
