package org.chronology.client.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * The event envelope an agency records (api-contract.md, "Recording events"). {@code details} is the
 * type-specific object, kept as given; unset fields are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(String eventId, String type, String recordingAgency, String actingAgency, String occurredAt,
                    String occurredNotBefore, String occurredNotAfter, Boolean estimated, String dateBasis,
                    List<String> children, List<String> adults, Worker worker, String summary,
                    Map<String, Object> details, List<String> knownTo, String source) {

    /** The fields every event needs, the rest unset. */
    public static Event of(String eventId, String type, String recordingAgency, String occurredAt,
                           List<String> children, String summary) {
        return new Event(eventId, type, recordingAgency, null, occurredAt, null, null, null, null, children, null,
                null, summary, null, null, null);
    }

    public Event withDetails(Map<String, Object> newDetails) {
        return new Event(eventId, type, recordingAgency, actingAgency, occurredAt, occurredNotBefore,
                occurredNotAfter, estimated, dateBasis, children, adults, worker, summary, newDetails, knownTo, source);
    }

    public Event withWorker(Worker newWorker) {
        return new Event(eventId, type, recordingAgency, actingAgency, occurredAt, occurredNotBefore,
                occurredNotAfter, estimated, dateBasis, children, adults, newWorker, summary, details, knownTo, source);
    }

    public Event withKnownTo(List<String> agencies) {
        return new Event(eventId, type, recordingAgency, actingAgency, occurredAt, occurredNotBefore,
                occurredNotAfter, estimated, dateBasis, children, adults, worker, summary, details, agencies, source);
    }
}
