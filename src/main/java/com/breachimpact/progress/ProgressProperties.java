package com.breachimpact.progress;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Progress settings ({@code breach-impact.progress.*}).
 *
 * @param mode how progress is shown; {@code auto} by default
 * @param logInterval the least time between two progress log lines; 10 seconds by default
 */
@ConfigurationProperties(prefix = "breach-impact.progress", ignoreUnknownFields = false)
public record ProgressProperties(@DefaultValue("auto") ProgressMode mode, @DefaultValue("10s") Duration logInterval) {

}
