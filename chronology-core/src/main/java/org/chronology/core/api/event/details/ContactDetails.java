package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.core.api.event.EntryDetails;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldErrors;

import java.util.List;
import java.util.Map;

/** The service a contact belonged to and its outcome ({@code seen}, {@code no_access}, {@code no_answer}...). Other keys are kept as given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactDetails(String service, String outcome,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements EntryDetails {

    public ContactDetails {
        other = OtherKeys.copy(other);
    }
}
