package org.chronology.api.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The projections' lag, every few seconds: as the gauge {@code chronology.projection.lag} (events between the
 * store's head and each segment, whichever node holds it) and in {@code /actuator/health}. Sampled on a
 * schedule, so neither a health probe nor a metrics scrape queries the database.
 */
@Component("projections")
class ProjectionMonitor implements HealthIndicator {

    private final ProjectionProgress progress;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> lags = new ConcurrentHashMap<>();
    private volatile List<ProjectionProgress.Status> latest = List.of();

    ProjectionMonitor(ProjectionProgress progress, MeterRegistry registry) {
        this.progress = progress;
        this.registry = registry;
    }

    @Scheduled(fixedDelayString = "${chronology.metrics.lag-interval:5000}")
    void sample() {
        latest = progress.all();
        for (ProjectionProgress.Status status : latest) {
            for (ProjectionProgress.SegmentStatus segment : status.segments()) {
                lag(status.name(), segment.segment()).set(lagOf(status, segment));
            }
        }
    }

    /** Down only when a segment this node processes is failing; lag alone is reported, not judged. */
    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (ProjectionProgress.Status status : latest) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("caughtUp", status.caughtUp());
            details.put("lag", status.segments().stream().mapToLong(s -> lagOf(status, s)).max().orElse(0));
            details.put("segments", status.segments().stream().map(s -> Map.of("segment", s.segment(),
                    "owner", String.valueOf(s.owner()), "lag", lagOf(status, s))).toList());
            health.withDetail(status.name(), details);
            if (status.segments().stream().anyMatch(ProjectionProgress.SegmentStatus::failing)) {
                health.down();
            }
        }
        return health.build();
    }

    private static long lagOf(ProjectionProgress.Status status, ProjectionProgress.SegmentStatus segment) {
        return Math.max(0, status.head() - (segment.position() == null ? -1 : segment.position()));
    }

    private AtomicLong lag(String processor, int segment) {
        return lags.computeIfAbsent(processor + "/" + segment, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("chronology.projection.lag", value, AtomicLong::get)
                    .description("Events in the store not yet processed by this projection segment")
                    .tag("processor", processor).tag("segment", Integer.toString(segment))
                    .register(registry);
            return value;
        });
    }
}
