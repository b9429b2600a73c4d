package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The decisions a front door can make on a referral. */
public enum ReferralOutcome {
    NFA, EARLY_HELP, ASSESSMENT, STRATEGY;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static ReferralOutcome fromCode(String code) {
        for (ReferralOutcome o : values()) {
            if (o.code().equals(code)) {
                return o;
            }
        }
        throw new IllegalArgumentException("must be one of nfa, early_help, assessment, strategy");
    }
}
