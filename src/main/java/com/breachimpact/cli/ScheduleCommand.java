package com.breachimpact.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import com.breachimpact.schedule.ScheduleProperties;
import com.breachimpact.schedule.ScheduledRerun;
import com.breachimpact.scan.ScanProperties;
import com.breachimpact.scan.ScanRequest;
import com.breachimpact.scan.ScanRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * {@code breach-impact schedule}: rerun a case on the cron expression of its job
 * definition until stopped.
 */
@Command(name = "schedule",
		description = "Rerun the case of a job definition on its cron schedule (breach-impact.schedule.cron) until stopped; "
				+ "two runs of a case never overlap.",
		footer = { "", "Example:", "  breach-impact schedule --job jobs/rerun-nightly.yml" })
class ScheduleCommand implements Callable<Integer> {

	@Option(names = "--job", paramLabel = "<file>", required = true,
			description = "Job definition (YAML) of the case, with breach-impact.schedule.cron.")
	Path job;

	@Mixin
	WorkFolderOption workFolder;

	@Override
	public Integer call() throws InterruptedException {
		Map<String, Object> overrides = new HashMap<>();
		this.workFolder.applyTo(overrides);
		try (ConfigurableApplicationContext context = SpringContexts.start(this.job, overrides)) {
			ScanProperties properties = context.getBean(ScanProperties.class);
			String caseName = ScanCommand.caseName(properties, this.job);
			ScanRequest request = new ScanRequest(properties.inventory(), properties.registry(), properties.out(),
					caseName, properties.manifest());
			ScanRunner runner = context.getBean(ScanRunner.class);
			runner.validate(request);
			ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
			scheduler.setPoolSize(1);
			scheduler.setThreadNamePrefix("rerun-");
			scheduler.initialize();
			CountDownLatch stopped = new CountDownLatch(1);
			Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
			new ScheduledRerun(runner, request).schedule(scheduler, context.getBean(ScheduleProperties.class));
			stopped.await();
			scheduler.shutdown();
			return ExitCodes.OK;
		}
	}

}
