package com.breachimpact.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that needs headless Chromium and chromedriver under /usr/bin (Debian's
 * {@code chromium} and {@code chromium-driver}): tagged {@value #TAG}, so that the fast
 * unit run ({@code mvn test -Pfast}) leaves it out. Inherited by subclasses.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(NeedsBrowser.TAG)
public @interface NeedsBrowser {

	/** The JUnit tag. */
	String TAG = "browser";

}
