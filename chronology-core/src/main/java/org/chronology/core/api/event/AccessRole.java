package org.chronology.core.api.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The roles of api-contract.md, "Authentication and roles". */
public enum AccessRole {
    ADMIN, AGENCY, REVIEWER, DASHBOARD;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static AccessRole fromCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
