package com.breachimpact.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the investigators' review works in a case.
 *
 * @param notifyReviewedOnly whether the notification list is limited to reviewed clients
 * (see {@link ReviewSummary#reviewed()}); the reports read it
 * @param lowScoreMargin attributions scoring under the attribution threshold plus this
 * margin go to the review queue
 */
@ConfigurationProperties(prefix = "breach-impact.review", ignoreUnknownFields = false)
public record ReviewProperties(@DefaultValue("false") boolean notifyReviewedOnly,
		@DefaultValue("0.5") double lowScoreMargin) {

}
