package com.breachimpact;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Spring Boot application of breach-impact. The command line in
 * {@code com.breachimpact.cli} starts it for the commands that need the job repository.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BreachImpactApplication {

}
