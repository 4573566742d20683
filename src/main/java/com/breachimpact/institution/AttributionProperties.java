package com.breachimpact.institution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a file is attributed to a client.
 *
 * @param threshold evidence score a client must reach in one file; one strong identifier
 * (routing number, BIC, LEI, IBAN, folder, e-mail domain) weighs 1.0, a name 0.6 and an
 * alias 0.5
 */
@ConfigurationProperties("breach-impact.attribution")
public record AttributionProperties(@DefaultValue("1.0") double threshold) {

}
