package com.breachimpact.progress;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress as a log line at most every interval (and one at the end), for output that is
 * not a terminal: a scheduler's log, a pipe.
 */
public final class LogProgressDisplay implements ProgressDisplay {

	private final String task;

	private final Duration interval;

	private final LongSupplier nanoClock;

	private final Consumer<String> log;

	private long lastNanos;

	/**
	 * A display writing lines to a consumer.
	 * @param task what is done ("Analysing")
	 * @param interval the least time between two lines
	 * @param nanoClock a monotonic clock in nanoseconds
	 * @param log where lines go
	 */
	public LogProgressDisplay(String task, Duration interval, LongSupplier nanoClock, Consumer<String> log) {
		this.task = task;
		this.interval = interval;
		this.nanoClock = nanoClock;
		this.log = log;
	}

	@Override
	public void start(ProgressMeter meter) {
		this.lastNanos = this.nanoClock.getAsLong();
		this.log.accept(this.task + ": " + meter.totalFiles() + " files to do");
	}

	@Override
	public void update(ProgressMeter meter) {
		long now = this.nanoClock.getAsLong();
		if (now - this.lastNanos >= this.interval.toNanos()) {
			this.lastNanos = now;
			this.log.accept(this.task + ": " + meter.line());
		}
	}

	@Override
	public void finish(ProgressMeter meter) {
		this.log.accept(this.task + " done: " + meter.line());
	}

}
