package org.chronology.api.timeline;

import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.security.Caller;
import org.chronology.api.security.ChildAccess;
import org.chronology.api.security.Reading;
import org.chronology.api.web.Problem;
import org.chronology.api.web.QueryParameters;
import org.chronology.projections.timeline.TimelineQuery;
import org.chronology.projections.timeline.TimelineRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.chronology.projections.json.Json.MAPPER;

/**
 * A child's chronology: the whole record for the lead agency, its partners and reviewers (within the review),
 * and an agency's own knowledge of the child for any other agency that has some.
 */
@RestController
class TimelineController {

    private final TimelineRepository timelines;
    private final ProjectionProgress progress;
    private final ChildAccess access;

    TimelineController(TimelineRepository timelines, ProjectionProgress progress, ChildAccess access) {
        this.timelines = timelines;
        this.progress = progress;
        this.access = access;
    }

    @GetMapping(path = "/api/v1/children/{childId}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> timeline(@PathVariable String childId,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) List<String> agency,
                                    @RequestParam(required = false) List<String> type,
                                    @RequestParam(required = false) String knownTo,
                                    @RequestParam(required = false) String asOf,
                                    Caller caller) throws Exception {
        String child = QueryParameters.personId("childId", childId);
        LocalDate fromDate = QueryParameters.date("from", from);
        LocalDate toDate = QueryParameters.date("to", to);
        QueryParameters.ordered(fromDate, toDate);
        Instant asOfInstant = QueryParameters.instant("asOf", asOf);
        List<String> agencies = QueryParameters.agencies("agency", agency);
        List<String> types = QueryParameters.types("type", type);
        String knownToAgency = QueryParameters.agency("knownTo", knownTo);
        Reading reading = access.authorizeRead(caller, child, "timeline");
        if (reading.knownTo() != null) {
            if (knownToAgency != null && !knownToAgency.equals(reading.knownTo())) {
                throw Problem.forbidden("This agency may see only its own knowledge of this child.");
            }
            knownToAgency = reading.knownTo();
        }
        TimelineQuery query = new TimelineQuery(child, reading.clampFrom(fromDate), reading.clampTo(toDate), agencies,
                types, knownToAgency, asOfInstant);
        progress.awaitTimeline(List.of(child));
        List<String> entries = timelines.documents(query);
        if (reading.scope() == Reading.Scope.REVIEW) {
            entries = entries.stream().map(e -> ReviewerView.of(e, child, reading)).toList();
        }
        // The stored documents are already JSON: assemble the answer around them rather than re-parse them.
        StringBuilder body = new StringBuilder(64 + entries.stream().mapToInt(String::length).sum() + entries.size());
        body.append("{\"childId\":").append(MAPPER.writeValueAsString(child));
        if (knownToAgency != null) {
            body.append(",\"knownTo\":").append(MAPPER.writeValueAsString(knownToAgency));
        }
        if (asOfInstant != null || knownToAgency != null) {
            body.append(",\"asOf\":\"").append(asOfInstant != null ? asOfInstant : Instant.now()).append('"');
        }
        body.append(",\"count\":").append(entries.size()).append(",\"entries\":[");
        for (int i = 0; i < entries.size(); i++) {
            body.append(i == 0 ? "" : ",").append(entries.get(i));
        }
        body.append("]}");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body.toString());
    }
}
