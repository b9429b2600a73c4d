package org.chronology.client.api;

import io.micronaut.retry.annotation.Retryable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a call that may be repeated without effect beyond the first: on the transient failures
 * {@link TransientFailure} recognises it is retried up to three times, after 250 ms, 500 ms and 1 s.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Retryable(attempts = "${chronology.retry.attempts:3}", delay = "${chronology.retry.delay:250ms}",
        multiplier = "2", predicate = TransientFailure.class)
public @interface SafeToRetry {
}
