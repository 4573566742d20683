package com.breachimpact.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that needs RabbitMQ on 127.0.0.1:5672 (guest/guest), besides PostgreSQL: tagged
 * {@value #TAG}, so that the fast unit run ({@code mvn test -Pfast}) leaves it out.
 * Inherited by subclasses.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(NeedsRabbitMq.TAG)
public @interface NeedsRabbitMq {

	/** The JUnit tag. */
	String TAG = "rabbitmq";

}
