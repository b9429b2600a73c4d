package org.chronology.projections.alerts;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;

import java.util.Optional;

/**
 * Whether a child is under the lead agency's protection when an entry happens, as CP-IS asks: on a child
 * protection plan, looked after, or unborn with a plan made before birth. Read from recorded facts only.
 */
public final class Protection {

    public static final String CP_PLAN = "cp_plan";
    public static final String LOOKED_AFTER = "looked_after";
    public static final String PRE_BIRTH_PLAN = "pre_birth_plan";

    private Protection() {
    }

    /** The child's status at {@code at} (an entry of the file), or empty when it is none of them. */
    public static Optional<String> statusAt(CaseFile file, CaseEvent at) {
        if (file.openAt(at, "cp_plan.started", "cp_plan.ended").isPresent()) {
            return Optional.of(CP_PLAN);
        }
        if (lookedAfter(file, at)) {
            return Optional.of(LOOKED_AFTER);
        }
        if (unborn(file, at) && file.openAt(at, "cin_plan.started", "cin_plan.ended").isPresent()) {
            return Optional.of(PRE_BIRTH_PLAN);
        }
        return Optional.empty();
    }

    /**
     * Accommodated, placed or reviewed as a looked-after child on or before the entry, and no case.closed by a
     * lead agency since: the vocabulary has no entry for ceasing to be looked after, and closure is the one fact
     * that ends it.
     */
    private static boolean lookedAfter(CaseFile file, CaseEvent at) {
        boolean lookedAfter = false;
        for (CaseEvent event : file.own("child.accommodated", "placement.started", "lac.review", "case.closed")) {
            if (event == at || event.date().isAfter(at.date())) {
                continue;
            }
            lookedAfter = event.is("case.closed") ? lookedAfter && !file.byLead(event) : true;
        }
        return lookedAfter;
    }

    /**
     * Not born by the entry's date: an expected date of delivery is recorded (person.recorded or an
     * assessment's edd) and no date of birth or health.birth on or before it.
     */
    private static boolean unborn(CaseFile file, CaseEvent at) {
        String child = file.childId();
        boolean expected = file.household().expectedDelivery(child).isPresent()
                || file.own("assessment.started").stream().anyMatch(e -> e.stated("edd"));
        boolean born = file.household().dateOfBirth(child).filter(d -> !d.isAfter(at.latest())).isPresent()
                || file.own("health.birth").stream().anyMatch(e -> !e.earliest().isAfter(at.latest()));
        return expected && !born;
    }
}
