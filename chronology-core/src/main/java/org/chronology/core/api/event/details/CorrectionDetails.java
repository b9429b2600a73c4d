package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.core.api.event.Occurrence;
import org.chronology.core.api.event.Worker;

import java.util.List;
import java.util.Map;

/**
 * What an {@code entry.corrected} changes: each non-null field replaces the corrected entry's value;
 * {@code details} replaces its type-specific details as a whole.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorrectionDetails(String correctsEventId, Occurrence occurrence, String summary, String actingAgency,
                                List<String> children, List<String> adults, Worker worker, List<String> knownTo,
                                Map<String, Object> details) {

    public CorrectionDetails withDetails(Map<String, Object> replacement) {
        return new CorrectionDetails(correctsEventId, occurrence, summary, actingAgency, children, adults, worker, knownTo,
                replacement);
    }

    public boolean changesNothing() {
        return occurrence == null && summary == null && actingAgency == null && children == null && adults == null
                && worker == null && knownTo == null && details == null;
    }
}
