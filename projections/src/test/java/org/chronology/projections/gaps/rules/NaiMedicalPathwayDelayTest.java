package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.TestCase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

/**
 * NAI_MEDICAL_PATHWAY_DELAY: a non-mobile baby with a suspected non-accidental injury goes to an emergency department
 * or a child protection medical, and its social worker is told, on the same day.
 */
class NaiMedicalPathwayDelayTest {

    private final NaiMedicalPathwayDelay rule = new NaiMedicalPathwayDelay();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event bruise(String id, String date) {
        return event(id, "injury.observed", "HV", date).details("{'childMobile':false}");
    }

    @Test
    void givenABruisedNonMobileBabyTakenToARoutineAppointmentAndSeenForAMedicalTwoDaysLater_thenFires() {
        List<Finding> findings = evaluate(child().add(bruise("I-1", "2018-06-04"),
                event("R-1", "referral.made", "HV", "2018-06-04").details("{'referredTo':'CSC'}"),
                event("A-1", "appointment.attended", "BHT", "2018-06-05"),
                event("M-1", "medical.cp_medical", "BHT", "2018-06-06")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NAI_MEDICAL_PATHWAY_DELAY");
            assertThat(f.severity().code()).isEqualTo("high");
            assertThat(f.evidence()).containsExactly("I-1", "A-1", "M-1");
            assertThat(f.explanation()).contains("no emergency department attendance or child protection medical on "
                    + "2018-06-04", "2018-06-06", "A-1 2018-06-05").doesNotContain("social worker");
        });
    }

    @Test
    void givenTheSocialWorkerNotTold_thenFires() {
        assertThat(evaluate(child().add(bruise("I-1", "2018-06-04"), event("E-1", "hospital.ed_attendance", "ED",
                "2018-06-04")), asOf)).singleElement().satisfies(f -> assertThat(f.explanation())
                .contains("nothing shows the child's social worker was told on 2018-06-04"));
    }

    @Test
    void givenSameDayEmergencyAttendanceAndNoticeToTheLeadAgency_thenSilent() {
        assertThat(evaluate(child().add(bruise("I-1", "2018-06-04"),
                event("E-1", "hospital.ed_attendance", "ED", "2018-06-04"),
                event("S-1", "info.shared", "ED", "2018-06-04").details("{'to':['MASH']}")), asOf)).isEmpty();
    }

    @Test
    void givenTheBabyTakenToAnOutOfHoursGpTheSameDay_thenFiresForWantOfAMedical() {
        assertThat(evaluate(child().add(bruise("I-1", "2018-06-04"),
                event("E-1", "hospital.ed_attendance", "OOH", "2018-06-04").details("{'setting':'out_of_hours_gp'}"),
                event("S-1", "info.shared", "OOH", "2018-06-04").details("{'to':['MASH']}")), asOf))
                .singleElement().satisfies(f -> assertThat(f.explanation())
                        .contains("no emergency department attendance or child protection medical on 2018-06-04"));
    }

    @Test
    void givenTheLeadAgencyRecordedTheInjuryAndAMedicalTheSameDay_thenSilent() {
        assertThat(evaluate(child().add(event("I-1", "injury.observed", "CSC", "2018-06-04")
                        .details("{'suspectedNAI':true,'childMobile':false}"),
                event("M-1", "medical.cp_medical", "BHT", "2018-06-04")), asOf)).isEmpty();
    }

    @Test
    void givenAMobileChild_thenSilent() {
        assertThat(evaluate(child().add(event("I-1", "injury.observed", "HV", "2018-06-04")
                .details("{'suspectedNAI':true,'childMobile':true}")), asOf)).isEmpty();
        assertThat(evaluate(child().add(event("I-1", "injury.observed", "HV", "2018-06-04")
                .details("{'suspectedNAI':true}")), asOf)).isEmpty();
    }

    @Test
    void givenABabyUnderSixMonthsByItsDateOfBirth_thenItCountsAsNonMobile() {
        var file = child().add(event("P-1", "person.recorded", "BHT", "2018-03-01").details("{'dateOfBirth':'2018-03-01'}"),
                event("I-1", "injury.observed", "HV", "2018-06-04").details("{'suspectedNAI':true}"));
        assertThat(evaluate(file, asOf)).singleElement().satisfies(f ->
                assertThat(f.explanation()).contains("a baby under 6 months (born 2018-03-01)"));
    }

    @Test
    void givenMonthPrecisionDates_thenEverythingOfTheMonthMayBeTheSameDay() {
        assertThat(evaluate(child().add(event("I-1", "injury.observed", "CSC", "2018-06").details("{'childMobile':false}"),
                event("A-1", "appointment.attended", "BHT", "2018-06"),
                event("M-1", "medical.cp_medical", "BHT", "2018-06")), asOf)).isEmpty();
    }

    @Test
    void givenTheDayHasNotPassed_thenSilent() {
        var file = child().add(bruise("I-1", "2018-06-04"));
        assertThat(evaluate(file, LocalDate.of(2018, 6, 4))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 6, 5))).hasSize(1);
    }
}
