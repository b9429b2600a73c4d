package org.chronology.api.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.chronology.api.axon.EventStoreTables;
import org.chronology.projections.timeline.TimelineProjection;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every entry the store holds, up to where the timeline has read, is on the timeline (once: its key is the
 * entry). Counted now and then ({@code chronology.reconciliation.interval}, ten minutes by default), reported in
 * {@code /actuator/health} as {@code reconciliation} and as the gauge {@code chronology.timeline.missing.entries}:
 * anything but zero means a projection skipped an acknowledged event. An entry is its aggregate's first event.
 */
@Component("reconciliation")
class TimelineReconciliation implements HealthIndicator {

    record Result(long upToPosition, long stored, long onTimeline, Instant checkedAt) {
        long missing() {
            return stored - onTimeline;
        }
    }

    private final ProjectionProgress progress;
    private final EventStoreTables events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicLong missing = new AtomicLong();
    private volatile Result latest;

    TimelineReconciliation(ProjectionProgress progress, EventStoreTables events, JdbcTemplate jdbc, Clock clock,
                           MeterRegistry registry) {
        this.progress = progress;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("chronology.timeline.missing.entries", missing, AtomicLong::get)
                .description("Stored entries, up to where the timeline has read, that are not on the timeline")
                .register(registry);
    }

    @Scheduled(initialDelayString = "${chronology.reconciliation.initial-delay:60000}",
            fixedDelayString = "${chronology.reconciliation.interval:600000}")
    void check() {
        long upTo = progress.all().stream().filter(status -> status.name().equals(TimelineProjection.GROUP))
                .flatMap(status -> status.segments().stream())
                .mapToLong(segment -> segment.position() == null ? -1 : segment.position()).min().orElse(-1);
        if (upTo < 0) {
            return;
        }
        long stored = events.storedEntryCount(upTo);
        long onTimeline = jdbc.queryForObject("SELECT COUNT(*) FROM timeline_entry WHERE position <= ?",
                Long.class, upTo);
        latest = new Result(upTo, stored, onTimeline, clock.instant());
        missing.set(latest.missing());
    }

    @Override
    public Health health() {
        Result result = latest;
        if (result == null) {
            return Health.unknown().build();
        }
        return Health.up().withDetail("upToPosition", result.upToPosition()).withDetail("stored", result.stored())
                .withDetail("onTimeline", result.onTimeline()).withDetail("missing", result.missing())
                .withDetail("checkedAt", result.checkedAt().toString()).build();
    }
}
