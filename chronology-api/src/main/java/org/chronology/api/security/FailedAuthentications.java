package org.chronology.api.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed bearer-token authentications per client address, so that guessing tokens is slow: after
 * {@code max-failures} within {@code window}, the address is refused for {@code block}. Per node, like
 * {@link RateLimitFilter}; behind a proxy the address is the client's only if forwarded headers are honoured.
 */
@Component
class FailedAuthentications {

    /** Past this many addresses, those whose window and block are over are forgotten, so memory stays bounded. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final Duration block;
    private final Clock clock;

    @Autowired
    FailedAuthentications(@Value("${chronology.security.failed-auth.max-failures:20}") int maxFailures,
                          @Value("${chronology.security.failed-auth.window:60s}") Duration window,
                          @Value("${chronology.security.failed-auth.block:300s}") Duration block) {
        this(maxFailures, window, block, Clock.systemUTC());
    }

    FailedAuthentications(int maxFailures, Duration window, Duration block, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.block = block;
        this.clock = clock;
    }

    void failed(String address) {
        Instant now = clock.instant();
        if (byAddress.size() > PRUNE_ABOVE) {
            byAddress.values().removeIf(failures -> failures.over(now));
        }
        byAddress.computeIfAbsent(address, a -> new Failures(now)).count(now, maxFailures, window, block);
    }

    /** @return 0 when the address may try, else whole seconds until it may */
    long retryAfterSeconds(String address) {
        Failures failures = byAddress.get(address);
        return failures == null ? 0 : failures.secondsBlocked(clock.instant());
    }

    private static final class Failures {
        private Instant windowStart;
        private int count;
        private Instant blockedUntil = Instant.MIN;
        private Instant windowEnd = Instant.MIN;

        Failures(Instant now) {
            this.windowStart = now;
        }

        synchronized void count(Instant now, int maxFailures, Duration window, Duration block) {
            if (!now.isBefore(windowStart.plus(window))) {
                windowStart = now;
                count = 0;
            }
            windowEnd = windowStart.plus(window);
            if (++count >= maxFailures) {
                blockedUntil = now.plus(block);
            }
        }

        synchronized long secondsBlocked(Instant now) {
            return now.isBefore(blockedUntil) ? Math.max(1, Duration.between(now, blockedUntil).toSeconds()) : 0;
        }

        synchronized boolean over(Instant now) {
            return !now.isBefore(blockedUntil) && !now.isBefore(windowEnd);
        }
    }
}
