package org.chronology.api.timeline;

import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.security.Caller;
import org.chronology.api.security.ChildAccess;
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
 * A child's chronology. A child nobody recorded anything about has an empty timeline, not a 404, so the
 * answer never says whether a child is known.
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
        ChildAccess.Period period = access.authorizeRead(caller, child, "timeline");
        TimelineQuery query = new TimelineQuery(child, period.clampFrom(fromDate), period.clampTo(toDate), agencies,
                types, knownToAgency, asOfInstant);
        progress.awaitTimeline(List.of(child));
        List<String> entries = timelines.documents(query);
        // The stored documents are already JSON: assemble the answer around them rather than re-parse them.
        StringBuilder body = new StringBuilder(64 + entries.stream().mapToInt(String::length).sum() + entries.size());
        body.append("{\"childId\":").append(MAPPER.writeValueAsString(child));
        if (knownTo != null) {
            body.append(",\"knownTo\":").append(MAPPER.writeValueAsString(knownTo));
        }
        if (asOfInstant != null || knownTo != null) {
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
