package com.breachimpact.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A fuzz test: random and adversarial input (seeded, so a failure repeats), with time
 * bounds that a loaded machine can miss. Tagged {@value #TAG}, so that the fast unit run
 * ({@code mvn test -Pfast}) leaves it out.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(FuzzTest.TAG)
public @interface FuzzTest {

	/** The JUnit tag. */
	String TAG = "fuzz";

}
