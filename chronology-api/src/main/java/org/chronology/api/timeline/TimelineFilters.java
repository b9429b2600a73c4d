package org.chronology.api.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.chronology.api.security.Reading;
import org.chronology.api.web.Problem;
import org.chronology.api.web.QueryParameters;
import org.chronology.projections.timeline.TimelineQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.chronology.projections.json.Json.MAPPER;

/**
 * The filters every timeline takes (a child's, a person's, a household's), read and checked once, and the answer
 * they all give: the stored documents, already JSON, assembled rather than re-parsed.
 */
public record TimelineFilters(LocalDate from, LocalDate to, List<String> agencies, List<String> types, String knownTo,
                              Instant asOf) {

    public static TimelineFilters read(String from, String to, List<String> agency, List<String> type, String knownTo,
                                       String asOf) {
        LocalDate fromDate = QueryParameters.date("from", from);
        LocalDate toDate = QueryParameters.date("to", to);
        QueryParameters.ordered(fromDate, toDate);
        Instant asOfInstant = QueryParameters.instant("asOf", asOf);
        return new TimelineFilters(fromDate, toDate, QueryParameters.agencies("agency", agency),
                QueryParameters.types("type", type), QueryParameters.agency("knownTo", knownTo), asOfInstant);
    }

    /** The query {@code reading} allows: within its period, and only the agency's own knowledge when that is all. */
    public TimelineQuery query(String personId, Reading reading) {
        String knownToAgency = knownTo;
        if (reading.knownTo() != null) {
            if (knownToAgency != null && !knownToAgency.equals(reading.knownTo())) {
                throw Problem.forbidden("This agency may see only its own knowledge of this child.");
            }
            knownToAgency = reading.knownTo();
        }
        return new TimelineQuery(personId, reading.clampFrom(from), reading.clampTo(to), agencies, types,
                knownToAgency, asOf);
    }

    /** {@code {"<idField>": id, "knownTo", "asOf", "count", "entries": [...]}}, then {@code more} if any. */
    public static String answer(String idField, String id, TimelineQuery query, List<String> entries, String more)
            throws JsonProcessingException {
        StringBuilder body = new StringBuilder(64 + entries.stream().mapToInt(String::length).sum() + entries.size()
                + more.length());
        body.append('{').append(MAPPER.writeValueAsString(idField)).append(':').append(MAPPER.writeValueAsString(id));
        if (query.knownTo() != null) {
            body.append(",\"knownTo\":").append(MAPPER.writeValueAsString(query.knownTo()));
        }
        if (query.asOf() != null || query.knownTo() != null) {
            body.append(",\"asOf\":\"").append(query.asOf() != null ? query.asOf() : Instant.now()).append('"');
        }
        body.append(more).append(",\"count\":").append(entries.size()).append(",\"entries\":[");
        for (int i = 0; i < entries.size(); i++) {
            body.append(i == 0 ? "" : ",").append(entries.get(i));
        }
        return body.append("]}").toString();
    }
}
