package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.core.api.event.EntryDetails;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldErrors;

import java.util.List;
import java.util.Map;

/** Why an appointment was missed and for which service. Other keys are kept as given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MissedAppointmentDetails(MissReason reason, String service,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements EntryDetails {

    public MissedAppointmentDetails {
        other = OtherKeys.copy(other);
    }
}
