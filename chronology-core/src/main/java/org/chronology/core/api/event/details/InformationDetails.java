package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.core.api.event.EntryDetails;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldErrors;

import java.util.List;
import java.util.Map;

/** Who sent information to whom; {@code eventIds} (an extension) names the sender's entries whose content was passed on. Other keys are kept as given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InformationDetails(String from, List<String> to, List<String> eventIds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements EntryDetails {

    public InformationDetails {
        other = OtherKeys.copy(other);
    }

    @Override
    public void validate(FieldErrors errors) {
        if (to == null || to.isEmpty()) {
            errors.add("to", "must list at least one agency code");
        }
        Codes.checkAgencyCodes(to, "to", errors);
        if (from != null && !Codes.isAgencyCode(from)) {
            errors.add("from", "must be an agency code of 2-32 characters A-Z, 0-9 and -");
        }
        if (eventIds != null) {
            for (int i = 0; i < eventIds.size(); i++) {
                if (eventIds.get(i) == null || !Codes.EVENT_ID.matcher(eventIds.get(i)).matches()) {
                    errors.add("eventIds[" + i + "]", "must be an event id of 1-128 characters A-Z a-z 0-9 . _ : -");
                }
            }
        }
    }
}
