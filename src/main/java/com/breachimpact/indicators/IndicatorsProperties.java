package com.breachimpact.indicators;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the indicators for the clients' security teams say of their sender, set in the job
 * definition.
 *
 * @param vendorName the breached vendor's name, the creator of every STIX object
 * @param vendorContact how the clients' security teams reach the vendor's incident
 * response (e-mail, phone), empty for none
 * @param tlp the Traffic Light Protocol 2.0 level marking the bundles ({@code clear},
 * {@code green}, {@code amber}, {@code amber+strict}, {@code red})
 */
@ConfigurationProperties("breach-impact.indicators")
public record IndicatorsProperties(@DefaultValue("Breached vendor") String vendorName,
		@DefaultValue("") String vendorContact, @DefaultValue("amber+strict") Tlp tlp) {

	/**
	 * The defaults, for writers built outside a Spring context.
	 * @return the default properties
	 */
	public static IndicatorsProperties defaults() {
		return new IndicatorsProperties("Breached vendor", "", Tlp.AMBER_STRICT);
	}

}
