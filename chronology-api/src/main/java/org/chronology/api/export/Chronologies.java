package org.chronology.api.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.gaps.FindingsView;
import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.security.Caller;
import org.chronology.api.security.ChildAccess;
import org.chronology.api.security.Reading;
import org.chronology.api.timeline.ReviewerView;
import org.chronology.api.web.Problem;
import org.chronology.api.workspace.WorkspaceRepository;
import org.chronology.core.api.event.AccessRole;
import org.chronology.projections.access.AccessRepository;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.json.Json;
import org.chronology.projections.timeline.TimelineQuery;
import org.chronology.projections.timeline.TimelineRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles the chronology of a child or of a review for the review page and the exports. Every child read
 * goes through {@link ChildAccess}, so it is authorised, clamped to a reviewer's period and audited like any
 * other read; an agency that may see only its own knowledge of the child exports that, without findings.
 */
@Component
public class Chronologies {

    private final ChildAccess access;
    private final AccessRepository reviews;
    private final TimelineRepository timelines;
    private final FindingsView findingsView;
    private final ProjectionProgress progress;
    private final WorkspaceRepository workspaces;
    private final Clock clock;

    Chronologies(ChildAccess access, AccessRepository reviews, TimelineRepository timelines, FindingsView findingsView,
                 ProjectionProgress progress, WorkspaceRepository workspaces, Clock clock) {
        this.access = access;
        this.reviews = reviews;
        this.timelines = timelines;
        this.findingsView = findingsView;
        this.progress = progress;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    Chronology child(Caller caller, String childId, String endpoint) {
        return assemble(childId, List.of(childId), access.authorizeRead(caller, childId, endpoint));
    }

    /**
     * Only the reviewer of that review may read it; anyone else meets the same refusal as for a child. With its
     * rows (one per happening) and the reviewers' workspace.
     */
    public Chronology review(Caller caller, String reviewId, String endpoint) {
        if (caller.role() != AccessRole.REVIEWER || !caller.review().reviewId().equals(reviewId)) {
            throw Problem.forbidden("This token may not read this review.");
        }
        AccessRepository.ReviewScope review = reviews.review(reviewId)
                .orElseThrow(() -> Problem.forbidden("This token may not read this review."));
        List<String> children = review.children().stream().sorted().toList();
        Reading reading = null;
        for (String child : children) {
            reading = access.authorizeRead(caller, child, endpoint);
        }
        return assemble(review.name(), children, reading).inReview(workspaces.of(reviewId));
    }

    private Chronology assemble(String name, List<String> children, Reading reading) {
        progress.awaitTimeline(children);
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        Map<String, Chronology.ChildFinding> findings = new LinkedHashMap<>();
        LocalDate asOf = reading.clampTo(LocalDate.now(clock));
        for (String child : children) {
            TimelineQuery query = new TimelineQuery(child, reading.from(), reading.to(), List.of(), List.of(),
                    reading.knownTo(), null);
            Set<String> visible = new HashSet<>();
            for (String document : timelines.documents(query)) {
                JsonNode entry = ReviewerView.of(Json.object(document), reading);
                visible.add(entry.get("eventId").asText());
                entries.putIfAbsent(entry.get("recordingAgency").asText() + ":" + entry.get("eventId").asText(), entry);
            }
            List<Finding> childFindings = reading.scope() == Reading.Scope.OWN ? List.of()
                    : findingsView.findings(child, asOf, reading, visible);
            for (Finding finding : childFindings) {
                String key = finding.rule() + "|" + finding.occurredAt() + "|" + finding.evidence();
                Chronology.ChildFinding seen = findings.get(key);
                List<String> found = new ArrayList<>(seen == null ? List.of() : seen.children());
                found.add(child);
                findings.put(key, new Chronology.ChildFinding(finding, List.copyOf(found)));
            }
        }
        List<JsonNode> ordered = new ArrayList<>(entries.values());
        // The timeline's own order (period start, then recording time), across the children merged.
        ordered.sort(Comparator.comparingLong((JsonNode e) -> e.get("sortKey").asLong())
                .thenComparing(e -> e.get("recordedAt").asText()));
        List<Chronology.ChildFinding> byDate = new ArrayList<>(findings.values());
        byDate.sort(Comparator.comparing((Chronology.ChildFinding f) -> f.finding().date())
                .thenComparing(f -> f.finding().rule()));
        return new Chronology(name, children, reading.from(), reading.to(), asOf, ordered, byDate);
    }
}
