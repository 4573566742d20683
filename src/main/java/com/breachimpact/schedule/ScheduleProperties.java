package com.breachimpact.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When {@code breach-impact schedule} reruns the case of a job definition.
 *
 * @param cron Spring cron expression (second minute hour day month weekday) of the
 * reruns; default every night at 02:00
 * @param zone time zone of the cron expression; default the machine's
 */
@ConfigurationProperties(prefix = "breach-impact.schedule", ignoreUnknownFields = false)
public record ScheduleProperties(@DefaultValue("0 0 2 * * *") String cron, String zone) {

}
