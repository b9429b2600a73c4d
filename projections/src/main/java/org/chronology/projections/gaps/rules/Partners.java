package org.chronology.projections.gaps.rules;

import org.chronology.core.api.event.Sector;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;

import java.util.LinkedHashSet;
import java.util.Set;

/** The rules' terms for the agencies that work together on a child. */
final class Partners {

    /** The agency code the reviews' chronologies use when they do not say who acted. */
    static final String UNSPECIFIED = "UNSPECIFIED";

    private Partners() {
    }

    /**
     * Whether an agency is expected to be invited to multi-agency meetings and told of decisions: practitioners,
     * not the court, the council's lawyers or an agency recorded as UNSPECIFIED.
     */
    static boolean expected(CaseFile file, String agency) {
        return file.isPractitionerAgency(agency) && !UNSPECIFIED.equals(agency) && file.sector(agency)
                .filter(s -> s == Sector.JUSTICE_COURT || s == Sector.LA_LEGAL).isEmpty();
    }

    /**
     * The agencies a meeting had: the convening agencies and those its details.invited, attended and chair name.
     * An agency that attended or chaired was there whether or not the invitation list says so.
     */
    static Set<String> present(CaseFile file, CaseEvent meeting) {
        Set<String> present = new LinkedHashSet<>(meeting.agencies());
        present.addAll(file.agencyCodes(meeting, "invited"));
        present.addAll(file.agencyCodes(meeting, "attended"));
        present.addAll(file.agencyCodes(meeting, "chair"));
        return present;
    }
}
