package com.breachimpact.schedule;

import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;

import com.breachimpact.scan.CaseBusyException;
import com.breachimpact.scan.ScanOutcome;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.scan.ScanRunner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Reruns a case on a cron schedule with Spring's task scheduler. Each rerun logs its
 * reconciliation line; a rerun triggered while another run of the case holds the case
 * lock (in this process or any other) is refused and logged, never run alongside it.
 */
public class ScheduledRerun {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledRerun.class);

	private final ScanRunner scanRunner;

	private final ScanRequest request;

	public ScheduledRerun(ScanRunner scanRunner, ScanRequest request) {
		this.scanRunner = scanRunner;
		this.request = request;
	}

	/**
	 * Schedule the reruns.
	 * @param scheduler the scheduler to run them on
	 * @param properties the cron expression and zone
	 * @return the scheduled task, to cancel it
	 */
	public ScheduledFuture<?> schedule(TaskScheduler scheduler, ScheduleProperties properties) {
		CronTrigger trigger = (properties.zone() != null)
				? new CronTrigger(properties.cron(), ZoneId.of(properties.zone())) : new CronTrigger(properties.cron());
		logger.info("Case '{}': reruns scheduled on '{}'", this.request.caseName(), properties.cron());
		return scheduler.schedule(this::run, trigger);
	}

	/**
	 * Run one rerun now.
	 * @return the outcome, or {@code null} when refused because another run of the case
	 * is in progress, or when it failed (both logged)
	 */
	public ScanOutcome run() {
		try {
			ScanOutcome outcome = this.scanRunner.scan(this.request);
			logger.info("Case '{}' run {}: {}: {}", this.request.caseName(), outcome.runId(), outcome.status(),
					outcome.reconciliation().line());
			return outcome;
		}
		catch (CaseBusyException ex) {
			logger.warn("Case '{}': rerun refused: {}", this.request.caseName(), ex.getMessage());
			return null;
		}
		catch (RuntimeException ex) {
			logger.error("Case '{}': rerun failed: {}", this.request.caseName(), ex.getMessage());
			return null;
		}
	}

}
