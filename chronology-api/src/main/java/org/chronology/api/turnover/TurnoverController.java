package org.chronology.api.turnover;

import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.security.Caller;
import org.chronology.api.security.ChildAccess;
import org.chronology.api.security.Reading;
import org.chronology.api.web.Problem;
import org.chronology.api.web.QueryParameters;
import org.chronology.core.validation.Codes;
import org.chronology.projections.turnover.Turnover;
import org.chronology.projections.turnover.TurnoverProjection;
import org.chronology.projections.turnover.TurnoverRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** Who worked with a child, and how often the worker changed. */
@RestController
class TurnoverController {

    private final TurnoverRepository turnover;
    private final ProjectionProgress progress;
    private final ChildAccess access;

    TurnoverController(TurnoverRepository turnover, ProjectionProgress progress, ChildAccess access) {
        this.turnover = turnover;
        this.progress = progress;
        this.access = access;
    }

    /** {@code from}/{@code to} as recorded ({@code 2018-03}); {@code start}/{@code end} the earliest dates they allow. */
    record AllocationView(String workerId, String from, String to, LocalDate start, LocalDate end) {
    }

    record TurnoverView(String childId, String role, List<AllocationView> allocations, int distinctWorkers, int changes) {
    }

    @GetMapping("/api/v1/children/{childId}/turnover")
    TurnoverView turnover(@PathVariable String childId, @RequestParam(defaultValue = "SOCIAL_WORKER") String role,
                          @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          Caller caller) {
        String child = QueryParameters.personId("childId", childId);
        if (!Codes.ROLE.matcher(role).matches()) {
            throw Problem.invalid("role", "must be a role code such as SOCIAL_WORKER");
        }
        LocalDate fromDate = QueryParameters.date("from", from);
        LocalDate toDate = QueryParameters.date("to", to);
        QueryParameters.ordered(fromDate, toDate);
        Reading period = access.authorizeFullRead(caller, child, "turnover");
        progress.awaitCatchUp(TurnoverProjection.GROUP);
        Turnover result = turnover.turnover(child, role, period.clampFrom(fromDate), period.clampTo(toDate));
        return new TurnoverView(result.childId(), result.role(), result.allocations().stream()
                .map(a -> period.from() != null && a.start() != null && a.start().isBefore(period.from())
                        // A reviewer learns that the worker held the case before the period, not since when.
                        ? new AllocationView(a.workerId(), "before " + period.from(), a.to(), period.from(), a.end())
                        : new AllocationView(a.workerId(), a.from(), a.to(), a.start(), a.end())).toList(),
                result.distinctWorkers(), result.changes());
    }
}
