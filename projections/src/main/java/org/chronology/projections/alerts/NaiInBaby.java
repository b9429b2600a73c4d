package org.chronology.projections.alerts;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Parameter;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.rules.Injuries;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * A suspected non-accidental injury to a baby: police, a strategy discussion and a section 47 enquiry are due
 * the same day (Child BF, BF7), so the lead agency must not wait for a page to be read.
 */
@Component
public class NaiInBaby implements AlertRule {

    private static final AlertRuleInfo INFO = new AlertRuleInfo("NAI_IN_BABY",
            "A suspected non-accidental injury to a child under the age.",
            "hospital.ed_attendance, injury.observed, injury.diagnosed or medical.cp_medical naming the child with "
                + "details.suspectedNAI = true, or an injury of a child recorded with details.childMobile = false; "
                + "the age from the child's person.recorded dateOfBirth or its health.birth.",
            List.of(new Parameter("age", "1y", "age under which a suspected non-accidental injury alerts"),
                    Recent.PARAMETER));

    @Override
    public AlertRuleInfo info() {
        return INFO;
    }

    @Override
    public List<AlertSignal> judge(CaseFile file, CaseEvent recorded, LocalDate today, Parameters parameters) {
        if (!recorded.children().contains(file.childId()) || !Injuries.suspected(recorded)
                || !Recent.enough(file, recorded, today, parameters)
                || Injuries.bornUnder(file, recorded, parameters.span("age")).isEmpty()) {
            return List.of();
        }
        return List.of(AlertSignal.of(this, "under_" + parameters.value("age"), file.childId(), recorded));
    }
}
