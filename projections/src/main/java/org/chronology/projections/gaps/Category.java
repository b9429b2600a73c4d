package org.chronology.projections.gaps;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of gap a practice review looks for (issue categories of domain.md §c). */
public enum Category {
    INFORMATION_SHARING, TURNOVER, ENGAGEMENT, TIMESCALE, RESPONSE_TO_HARM;

    @JsonValue
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
