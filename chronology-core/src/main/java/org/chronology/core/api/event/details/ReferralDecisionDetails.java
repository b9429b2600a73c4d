package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronology.core.api.event.EntryDetails;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldErrors;

import java.util.List;
import java.util.Map;

/** What the receiving agency decided about a referral. Other keys are kept as given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralDecisionDetails(ReferralOutcome decision,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> other) implements EntryDetails {

    public ReferralDecisionDetails {
        other = OtherKeys.copy(other);
    }
}
