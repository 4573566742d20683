package com.breachimpact.institution;

import java.util.Map;

import com.breachimpact.institution.EvidenceKind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an item is attributed to a client.
 *
 * @param threshold evidence score a client must reach in one item; by default every kind
 * of evidence weighs 1.0, so one identifier, folder, e-mail domain, or a legal name or
 * alias used as the name of exactly one client attributes the item
 * @param weights per evidence kind ({@code NAME}, {@code ALIAS}, {@code ABA_ROUTING},
 * ...), a weight replacing the default 1.0; {@code NAME: 0.6} and {@code ALIAS: 0.5} make
 * names alone attribute nothing, as before
 */
@ConfigurationProperties(prefix = "breach-impact.attribution", ignoreUnknownFields = false)
public record AttributionProperties(@DefaultValue("1.0") double threshold, Map<EvidenceKind, Double> weights) {

	public AttributionProperties {
		weights = (weights != null) ? Map.copyOf(weights) : Map.of();
	}

}
