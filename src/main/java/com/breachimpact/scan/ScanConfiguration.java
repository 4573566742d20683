package com.breachimpact.scan;

import com.breachimpact.classification.ClassificationProperties;
import com.breachimpact.classification.FindingEmitter;
import com.breachimpact.classification.SensitiveDataClassifier;
import com.breachimpact.institution.AttributionPolicy;
import com.breachimpact.institution.AttributionProperties;
import com.breachimpact.institution.RegistryCatalog;
import com.breachimpact.protection.KeyedHasher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the scans of a process share: the loaded client registries, the attribution
 * policy, the case's keyed hasher and the sensitive data classifier. The job itself, and
 * the content extractor sized to its analysis threads, are defined in
 * {@code com.breachimpact.job}.
 */
@Configuration(proxyBeanMethods = false)
public class ScanConfiguration {

	@Bean
	public RegistryCatalog registryCatalog() {
		return new RegistryCatalog();
	}

	@Bean
	public AttributionPolicy attributionPolicy(AttributionProperties properties) {
		return AttributionPolicy.of(properties.threshold(), properties.weights());
	}

	@Bean
	public KeyedHasher keyedHasher(ScanProperties properties) {
		return KeyedHasher.fromKeyFile(properties.keyFile());
	}

	@Bean
	public SensitiveDataClassifier sensitiveDataClassifier(KeyedHasher keyedHasher,
			ClassificationProperties classificationProperties) {
		return new SensitiveDataClassifier(keyedHasher, FindingEmitter.DEFAULT_FLOOR,
				SensitiveDataClassifier.DEFAULT_MAX_RETAINED_FINDINGS, classificationProperties.vocabulary());
	}

}
