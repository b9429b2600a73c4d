package org.chronology.api.people;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.chronology.api.export.Download;
import org.chronology.api.openapi.TimelineSchemas;
import org.chronology.api.security.Caller;
import org.chronology.api.security.Reading;
import org.chronology.api.timeline.TimelineFilters;
import org.chronology.api.web.QueryParameters;
import org.chronology.projections.gaps.Household;
import org.chronology.projections.timeline.TimelineQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Any person's timeline (the entries naming them as a child or an adult) and a child's household (its people, how
 * they are related, and their combined timeline), with a child timeline's filters and access rules.
 */
@RestController
class PeopleController {

    /** A timeline's query parameters, as given: both endpoints take a child timeline's. */
    record Parameters(String from, String to, List<String> agency, List<String> type, String knownTo, String asOf) {

        TimelineFilters filters() {
            return TimelineFilters.read(from, to, agency, type, knownTo, asOf);
        }
    }

    private final HouseholdReads reads;

    PeopleController(HouseholdReads reads) {
        this.reads = reads;
    }

    @GetMapping(path = "/api/v1/people/{personId}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The person's timeline: personId, count and the entries naming them",
            content = @Content(schema = @Schema(ref = TimelineSchemas.PERSON_TIMELINE)))
    ResponseEntity<String> timeline(@PathVariable String personId, @ParameterObject Parameters parameters,
                                    Caller caller)
            throws Exception {
        String person = QueryParameters.personId("personId", personId);
        return read("personId", person, parameters, caller, "person.timeline", () -> Set.of(person));
    }

    @GetMapping(path = "/api/v1/children/{childId}/household", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The household: its people, how they are related, and their entries",
            content = @Content(schema = @Schema(ref = TimelineSchemas.HOUSEHOLD)))
    ResponseEntity<String> household(@PathVariable String childId, @ParameterObject Parameters parameters,
                                   Caller caller)
            throws Exception {
        String child = QueryParameters.personId("childId", childId);
        return read("childId", child, parameters, caller, "household", () -> reads.people(child));
    }

    @GetMapping("/api/v1/people/{personId}/export.{format}")
    ResponseEntity<byte[]> personExport(@PathVariable String personId, @PathVariable String format, Caller caller) {
        Download.Format as = Download.Format.of(format);
        String person = QueryParameters.personId("personId", personId);
        HouseholdReads.Read read = reads.authorize(caller, person, "person.export." + as.extension());
        return Download.of(reads.chronology(person, person, Set.of(person), read), as);
    }

    @GetMapping("/api/v1/children/{childId}/household/export.{format}")
    ResponseEntity<byte[]> householdExport(@PathVariable String childId, @PathVariable String format, Caller caller) {
        Download.Format as = Download.Format.of(format);
        String child = QueryParameters.personId("childId", childId);
        HouseholdReads.Read read = reads.authorize(caller, child, "household.export." + as.extension());
        return Download.of(reads.chronology(child + " household", child, reads.people(child), read), as);
    }

    /**
     * The entries naming any of {@code people} (found once the read is allowed), and those people and the people
     * they are related to, with their dates and relationships.
     */
    private ResponseEntity<String> read(String idField, String subject, Parameters parameters, Caller caller,
                                        String endpoint, Supplier<Set<String>> people) throws Exception {
        TimelineFilters filters = parameters.filters();
        HouseholdReads.Read read = reads.authorize(caller, subject, endpoint);
        Reading reading = read.reading();
        Set<String> named = people.get();
        TimelineQuery query = filters.query(subject, reading);
        List<String> entries = HouseholdReads.documents(reads.entries(named, query, reading));
        Household household = reads.household(named, subject, filters, reading);
        Set<String> listed = new LinkedHashSet<>(named);
        named.forEach(person -> listed.addAll(household.relatives(person)));
        String more = HouseholdReads.describe(household, listed, read);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(TimelineFilters.answer(idField, subject, query, entries, more));
    }
}
