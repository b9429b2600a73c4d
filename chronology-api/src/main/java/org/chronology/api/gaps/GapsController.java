package org.chronology.api.gaps;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.security.Caller;
import org.chronology.api.security.ChildAccess;
import org.chronology.api.security.Reading;
import org.chronology.api.web.QueryParameters;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapEngine;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.timeline.TimelineQuery;
import org.chronology.projections.timeline.TimelineRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A child's gap findings as things stood on a date, and the rules that find them. */
@RestController
class GapsController {

    private static final int DATE_LENGTH = "YYYY-MM-DD".length();

    private final FindingsView findings;
    private final GapEngine engine;
    private final TimelineRepository timelines;
    private final ProjectionProgress progress;
    private final Clock clock;
    private final ChildAccess access;

    GapsController(FindingsView findings, GapEngine engine, TimelineRepository timelines, ProjectionProgress progress,
                   Clock clock, ChildAccess access) {
        this.findings = findings;
        this.engine = engine;
        this.timelines = timelines;
        this.progress = progress;
        this.clock = clock;
        this.access = access;
    }

    /** {@code knownAt}: the instant asked, when the findings are those of what was recorded by then. */
    record Gaps(String childId, LocalDate asOf, @JsonInclude(JsonInclude.Include.NON_NULL) Instant knownAt,
                List<Finding> findings) {
    }

    record ParameterView(String name, String defaultValue, String value, String description) {
    }

    /** {@code facts}: what an agency must record for the rule to see the pattern. */
    record RuleView(String name, String category, String description, String facts, List<ParameterView> parameters) {
    }

    @GetMapping("/api/v1/children/{childId}/gaps")
    Gaps gaps(@PathVariable String childId, @RequestParam(required = false) String asOf, Caller caller) {
        String child = QueryParameters.personId("childId", childId);
        // A date asks how the case stood that day as known now (a review's chronology is mostly recorded later); an
        // instant asks what the service would have shown then: only entries, corrections and retractions recorded by it.
        Instant knownAt = asOf != null && asOf.length() > DATE_LENGTH ? QueryParameters.instant("asOf", asOf) : null;
        LocalDate requested = knownAt != null ? LocalDate.ofInstant(knownAt, ZoneOffset.UTC)
                : asOf == null ? LocalDate.now(clock) : QueryParameters.date("asOf", asOf);
        Reading reading = access.authorizeFullRead(caller, child, "gaps");
        // A reviewer sees the case as it stood by the end of the review period at the latest.
        LocalDate date = reading.clampTo(requested);
        progress.awaitTimeline(List.of(child));
        Set<String> visible = reading.scope() == Reading.Scope.REVIEW ? Set.copyOf(timelines.eventIds(
                new TimelineQuery(child, reading.from(), reading.to(), List.of(), List.of(), null, null))) : Set.of();
        return new Gaps(child, date, knownAt, findings.findings(child, date, knownAt, reading, visible));
    }

    @GetMapping("/api/v1/rules")
    List<RuleView> rules() {
        return engine.rules().stream().map(this::view).toList();
    }

    private RuleView view(GapRule rule) {
        Map<String, String> values = engine.parameters(rule).asMap();
        return new RuleView(rule.name(), rule.category().code(), rule.info().description(), rule.info().facts(),
                rule.parameters().stream()
                .map(p -> new ParameterView(p.name(), p.defaultValue(), values.get(p.name()), p.description()))
                .toList());
    }
}
