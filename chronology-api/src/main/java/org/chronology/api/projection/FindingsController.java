package org.chronology.api.projection;

import org.chronology.api.security.Caller;
import org.chronology.projections.gaps.FindingsRefresher;
import org.chronology.projections.timeline.TimelineProjection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether the gap findings have caught up with the timeline. After a bulk load or a replay the findings
 * refresher re-judges every child it was told about, in the background; until then dashboards and gap reads
 * show findings as they were.
 */
@RestController
class FindingsController {

    /**
     * {@code pendingMarks}: changes to people's timelines not yet judged again (a round of children being judged
     * counts its changes judged in the share of its children stored); {@code timelineCaughtUp}: the timeline
     * holds every stored event (until then more changes are coming); {@code processed} of {@code total}: the marks
     * judged since the refresher last had none left, and about how long the rest will take.
     */
    record FindingsStatus(long pendingMarks, boolean timelineCaughtUp, boolean upToDate, long processed, long total,
                          Long etaSeconds) {
    }

    private final FindingsRefresher refresher;
    private final ProjectionProgress progress;
    private final Estimates estimates;

    FindingsController(FindingsRefresher refresher, ProjectionProgress progress, Estimates estimates) {
        this.refresher = refresher;
        this.progress = progress;
        this.estimates = estimates;
    }

    @GetMapping("/api/v1/admin/findings")
    FindingsStatus status(Caller caller) {
        caller.requireAdmin("watch the findings refresher");
        boolean caughtUp = progress.status(TimelineProjection.GROUP).map(ProjectionProgress.Status::caughtUp)
                .orElse(false);
        long pending = refresher.marksLeft();
        Estimates.Advance advance = estimates.left("findings", pending);
        return new FindingsStatus(pending, caughtUp, caughtUp && pending == 0, advance.processed(), advance.total(),
                advance.etaSeconds());
    }
}
