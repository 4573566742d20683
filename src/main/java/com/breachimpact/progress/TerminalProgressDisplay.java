package com.breachimpact.progress;

import java.util.Locale;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress as a bar on the terminal (standard error), redrawn in place: files done out of
 * the total, elapsed time and estimated time left, and MB/s.
 */
public final class TerminalProgressDisplay implements ProgressDisplay {

	private final String task;

	private ProgressBar bar;

	/**
	 * A bar for a task.
	 * @param task what is done ("Analysing")
	 */
	public TerminalProgressDisplay(String task) {
		this.task = task;
	}

	@Override
	public void start(ProgressMeter meter) {
		this.bar = new ProgressBarBuilder().setTaskName(this.task)
			.setInitialMax(meter.totalFiles())
			.setUnit(" files", 1)
			.setStyle(ProgressBarStyle.ASCII)
			.setUpdateIntervalMillis(500)
			.build();
	}

	@Override
	public void update(ProgressMeter meter) {
		if (this.bar != null) {
			this.bar.stepTo(meter.files());
			this.bar.setExtraMessage(String.format(Locale.ROOT, "%.1f MB/s", meter.megabytesPerSecond()));
		}
	}

	@Override
	public void finish(ProgressMeter meter) {
		if (this.bar != null) {
			update(meter);
			this.bar.close();
			this.bar = null;
		}
	}

}
