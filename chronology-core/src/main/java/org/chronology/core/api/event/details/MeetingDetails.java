package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.core.api.event.EntryDetails;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldErrors;

import java.util.List;
import java.util.Map;

/** Who was invited to a meeting, who came and who sent a report; {@code null} means not stated. Other keys are kept as given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingDetails(List<String> invited, List<String> attended, List<String> reportsSubmitted,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements EntryDetails {

    public MeetingDetails {
        other = OtherKeys.copy(other);
    }

    @Override
    public void validate(FieldErrors errors) {
        Codes.checkAgencyCodes(invited, "invited", errors);
        Codes.checkAgencyCodes(attended, "attended", errors);
        Codes.checkAgencyCodes(reportsSubmitted, "reportsSubmitted", errors);
    }
}
