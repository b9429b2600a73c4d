package org.chronology.client.api;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.retry.annotation.RetryPredicate;

/**
 * The failures worth another attempt: no answer at all (refused connection, timeout), throttling (429)
 * and server-side failures (5xx). A 4xx problem would only be refused again.
 */
public final class TransientFailure implements RetryPredicate {

    @Override
    public boolean test(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return problem.status() == 429 || problem.status() >= 500;
        }
        return failure instanceof HttpClientException;
    }
}
