package org.chronology.api.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class FailedAuthenticationsTest {

    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final FailedAuthentications failures = new FailedAuthentications(3, Duration.ofMinutes(1),
            Duration.ofMinutes(5), new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    @Test
    void anAddressThatFailsTooOftenWithinTheWindowIsBlockedForTheBlockTime() {
        failures.failed("203.0.113.1");
        failures.failed("203.0.113.1");
        assertThat(failures.retryAfterSeconds("203.0.113.1")).isZero();

        failures.failed("203.0.113.1");

        assertThat(failures.retryAfterSeconds("203.0.113.1")).isEqualTo(300);
        assertThat(failures.retryAfterSeconds("203.0.113.2")).as("another address is not blocked").isZero();
        now = now.plusSeconds(299);
        assertThat(failures.retryAfterSeconds("203.0.113.1")).isEqualTo(1);
        now = now.plusSeconds(1);
        assertThat(failures.retryAfterSeconds("203.0.113.1")).isZero();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotBlock() {
        for (int i = 0; i < 10; i++) {
            failures.failed("203.0.113.3");
            now = now.plusSeconds(31);
        }
        assertThat(failures.retryAfterSeconds("203.0.113.3")).isZero();
    }
}
