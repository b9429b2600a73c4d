package org.chronology.core.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * The envelope every agency entry shares (api-contract.md, "Recording events").
 *
 * @param recordedAt  the server's clock when the entry was accepted: the "known since" time, kept forever
 * @param fingerprint a hash of the content as submitted, which tells a safe resend from a conflicting one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryHeader(String eventId, String recordingAgency, String actingAgency, Occurrence occurrence,
                          Instant recordedAt, List<String> children, List<String> adults, Worker worker,
                          String summary, List<String> knownTo, String source, String fingerprint) {

    public EntryHeader {
        children = children == null ? List.of() : List.copyOf(children);
        adults = adults == null ? List.of() : List.copyOf(adults);
        knownTo = knownTo == null ? List.of() : List.copyOf(knownTo);
    }

    /** The aggregate identifier: event ids are unique within the recording agency only. */
    public String entryId() {
        return entryId(recordingAgency, eventId);
    }

    public static String entryId(String recordingAgency, String eventId) {
        return recordingAgency + ":" + eventId;
    }

    /** The agency that acted: the acting agency when it differs from the recording one. */
    public String agency() {
        return actingAgency != null ? actingAgency : recordingAgency;
    }
}
