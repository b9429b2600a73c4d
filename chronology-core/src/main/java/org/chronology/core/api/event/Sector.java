package org.chronology.core.api.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Agency sectors of domain.md §a. */
public enum Sector {
    LA_CSC("la.csc"), LA_FRONTDOOR("la.frontdoor"), LA_EDT("la.edt"), LA_IRO("la.iro"), LA_LEGAL("la.legal"),
    LA_EARLYHELP("la.earlyhelp"), LA_OTHER("la.other"), HEALTH_ACUTE("health.acute"),
    HEALTH_COMMUNITY("health.community"), HEALTH_PRIMARY("health.primary"), HEALTH_MH("health.mh"),
    JUSTICE_POLICE("justice.police"), JUSTICE_COURT("justice.court"), EDUCATION("education"), VCS("vcs"),
    FAMILY("family"), GOVERNANCE("governance");

    private final String code;

    Sector(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean isHealth() {
        return code.startsWith("health.");
    }

    /** The local authority's children's social care, which leads on child protection. */
    public boolean isLeadAgency() {
        return this == LA_CSC || this == LA_FRONTDOOR;
    }

    @JsonCreator
    public static Sector fromCode(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown sector " + code));
    }

    public static Optional<Sector> find(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
