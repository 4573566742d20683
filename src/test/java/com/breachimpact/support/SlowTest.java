package com.breachimpact.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that needs no server but takes tens of seconds: it starts child parser JVMs,
 * runs the whole command line on the embedded database, or generates a corpus. Tagged
 * {@value #TAG}, so that the fast unit run ({@code mvn test -Pfast}) leaves it out.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(SlowTest.TAG)
public @interface SlowTest {

	/** The JUnit tag. */
	String TAG = "slow";

}
