package com.breachimpact.progress;

import com.breachimpact.inventory.JdbcInventoryItemRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The progress listener of the analyse step, showing a bar on a terminal and log lines
 * elsewhere, or nothing with {@code breach-impact.progress.mode=none}.
 */
@Configuration(proxyBeanMethods = false)
public class ProgressConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(AnalyseProgressListener.class);

	@Bean
	public AnalyseProgressListener analyseProgressListener(JdbcInventoryItemRepository items,
			ProgressProperties properties) {
		return new AnalyseProgressListener(items, (files) -> display(properties), System::nanoTime);
	}

	static ProgressDisplay display(ProgressProperties properties) {
		ProgressMode mode = properties.mode();
		if (mode == ProgressMode.AUTO) {
			mode = (System.console() != null) ? ProgressMode.BAR : ProgressMode.LOG;
		}
		return switch (mode) {
			case BAR -> new TerminalProgressDisplay("Analysing");
			case LOG -> new LogProgressDisplay("Analysing", properties.logInterval(), System::nanoTime, logger::info);
			default -> ProgressDisplay.NONE;
		};
	}

}
