package org.chronology.core.api.event.details;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why a contact did not happen; all count as missed contacts for the engagement rules. */
public enum MissReason {
    WAS_NOT_BROUGHT, DID_NOT_ATTEND, NO_ACCESS, REFUSED, CANCELLED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static MissReason fromCode(String code) {
        for (MissReason r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("must be one of was_not_brought, did_not_attend, no_access, refused, cancelled");
    }
}
