package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.core.api.event.EntryDetails;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldErrors;

import java.util.List;
import java.util.Map;

/** Where a referral went ({@code referredTo}, an agency code) and who made it. Other keys are kept as given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralDetails(String referredTo, String referrer,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements EntryDetails {

    public ReferralDetails {
        other = OtherKeys.copy(other);
    }

    @Override
    public void validate(FieldErrors errors) {
        if (referredTo != null && !Codes.isAgencyCode(referredTo)) {
            errors.add("referredTo", "must be an agency code of 2-32 characters A-Z, 0-9 and -");
        }
    }
}
