package org.chronology.api.projection;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.chronology.api.security.Caller;
import org.chronology.api.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Administrators watch the projections and rebuild them from the event store: each projection's status with how
 * far it has got ({@code processed}: the lowest position its segments reached, of {@code total}: the store's
 * head) and about how long it has left ({@code etaSeconds}, null when caught up or not yet moving).
 */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionsController {

    record Report(String name, String node, long head, boolean caughtUp, boolean replaying,
                  List<ProjectionProgress.SegmentStatus> segments, long processed, long total, Long etaSeconds) {
    }

    private final ProjectionProgress progress;
    private final Estimates estimates;

    ProjectionsController(ProjectionProgress progress, Estimates estimates) {
        this.progress = progress;
        this.estimates = estimates;
    }

    @GetMapping
    List<Report> all(Caller caller) {
        caller.requireAdmin("manage projections");
        return progress.all().stream().map(this::report).toList();
    }

    @PostMapping("/{name}/replay")
    @ApiResponse(responseCode = "202", description = "Started; GET /api/v1/admin/projections shows its progress",
            useReturnTypeSchema = true)
    ResponseEntity<Report> replay(@PathVariable String name, Caller caller) {
        caller.requireAdmin("manage projections");
        if (!progress.replay(name)) {
            throw Problem.of(HttpStatus.NOT_FOUND, "No replayable projection is called " + name + ".");
        }
        return ResponseEntity.accepted().body(report(progress.status(name).orElseThrow()));
    }

    private Report report(ProjectionProgress.Status status) {
        long total = Math.max(0, status.head());
        long processed = status.segments().stream()
                .mapToLong(s -> s.position() == null ? 0 : Math.min(total, Math.max(0, s.position()))).min().orElse(0);
        Estimates.Advance advance = estimates.of("projection " + status.name(), processed, total);
        return new Report(status.name(), status.node(), status.head(), status.caughtUp(), status.replaying(),
                status.segments(), advance.processed(), advance.total(), advance.etaSeconds());
    }
}
