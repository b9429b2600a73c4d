package org.chronology.api.timeline;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.chronology.api.openapi.TimelineSchemas;
import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.security.Caller;
import org.chronology.api.security.ChildAccess;
import org.chronology.api.security.Reading;
import org.chronology.api.web.QueryParameters;
import org.chronology.projections.timeline.TimelineQuery;
import org.chronology.projections.timeline.TimelineRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

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
    @ApiResponse(responseCode = "200", description = "The child's timeline: childId, knownTo and asOf when asked, count,"
            + " and the entries in date order (api-contract.md)", content = @Content(schema = @Schema(ref = TimelineSchemas.TIMELINE)))
    ResponseEntity<String> timeline(@PathVariable String childId,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) List<String> agency,
                                    @RequestParam(required = false) List<String> type,
                                    @RequestParam(required = false) String knownTo,
                                    @RequestParam(required = false) String asOf,
                                    Caller caller) throws Exception {
        String child = QueryParameters.personId("childId", childId);
        TimelineFilters filters = TimelineFilters.read(from, to, agency, type, knownTo, asOf);
        Reading reading = access.authorizeRead(caller, child, "timeline");
        TimelineQuery query = filters.query(child, reading);
        progress.awaitTimeline(List.of(child));
        List<String> entries = timelines.documents(query);
        if (reading.scope() == Reading.Scope.REVIEW) {
            entries = entries.stream().map(e -> ReviewerView.of(e, child, reading)).toList();
        }
        String body = TimelineFilters.answer("childId", child, query, entries, "");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
