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

class NaiPoliceNotSameDayTest {

    private final NaiPoliceNotSameDay rule = new NaiPoliceNotSameDay();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event birth() {
        return event("B-1", "health.birth", "BHT", "2018-01-10");
    }

    private static TestCase.Event nai(String id, String date) {
        return event(id, "hospital.ed_attendance", "ED", date).details("{'suspectedNAI':true}");
    }

    @Test
    void firesWhenPoliceAreToldOnlyTheNextDay() {
        List<Finding> findings = evaluate(child().add(birth(), nai("E-1", "2018-05-14"),
                event("P-1", "police.notified", "POLICE", "2018-05-15")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NAI_POLICE_NOT_SAME_DAY");
            assertThat(f.severity().code()).isEqualTo("high");
            assertThat(f.evidence()).containsExactly("E-1", "P-1");
            assertThat(f.agencies()).containsExactly("ED");
            assertThat(f.explanation()).contains("under 1 year", "2018-05-14", "2018-05-15");
        });
    }

    @Test
    void staysSilentWhenPoliceKnowTheSameDay() {
        assertThat(evaluate(child().add(birth(), nai("E-1", "2018-05-14"),
                event("P-1", "police.notified", "POLICE", "2018-05-14")), asOf)).isEmpty();
        assertThat(evaluate(child().add(birth(), nai("E-1", "2018-05-14"),
                event("S-1", "strategy.discussion", "CSC", "2018-05-14").details("{'invited':['CSC','POLICE']}")),
                asOf)).isEmpty();
        assertThat(evaluate(child().add(birth(), nai("E-1", "2018-05-14"),
                event("I-1", "info.shared", "ED", "2018-05-14").details("{'to':['POLICE','CSC']}")), asOf)).isEmpty();
    }

    @Test
    void staysSilentForAnOlderMobileChildNotOnAPlan() {
        assertThat(evaluate(child().add(event("B-1", "health.birth", "BHT", "2015-01-10"),
                nai("E-1", "2018-05-14")), asOf)).isEmpty();
        assertThat(evaluate(child().add(nai("E-1", "2018-05-14")), asOf)).isEmpty();
    }

    @Test
    void firesForANonMobileChildOrOneWhoseStatedAgeIsUnderTheLimit() {
        assertThat(evaluate(child().add(event("E-1", "injury.observed", "HV", "2018-05-14")
                .details("{'suspectedNAI':true,'childMobile':false}")), asOf))
                .singleElement().satisfies(f -> {
                    assertThat(f.evidence()).containsExactly("E-1");
                    assertThat(f.agencies()).containsExactly("HV");
                    assertThat(f.explanation()).contains("non-mobile");
                });
        assertThat(evaluate(child().add(event("E-1", "injury.observed", "HV", "2018-05-14")
                .details("{'suspectedNAI':true,'childAgeWeeks':14}")), asOf)).hasSize(1);
        assertThat(evaluate(child().add(event("E-1", "injury.observed", "HV", "2018-05-14")
                .details("{'suspectedNAI':true,'childAgeMonths':30}")), asOf)).isEmpty();
    }

    @Test
    void firesForAChildOnAProtectionPlanUntilThePlanEnds() {
        assertThat(evaluate(child().add(event("CP-1", "cp_plan.started", "CSC", "2016-02-01"),
                nai("E-1", "2018-05-14")), asOf)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("child protection plan"));
        assertThat(evaluate(child().add(event("CP-1", "cp_plan.started", "CSC", "2016-02-01"),
                event("CP-2", "cp_plan.ended", "CSC", "2017-02-01"), nai("E-1", "2018-05-14")), asOf)).isEmpty();
    }

    @Test
    void readsAMonthPrecisionTriggerGenerously() {
        // An ED attendance in May 2018 and police told on 20 May may have been the same day.
        assertThat(evaluate(child().add(birth(), nai("E-1", "2018-05"),
                event("P-1", "police.notified", "POLICE", "2018-05-20")), asOf)).isEmpty();
        // Undecided until every day the attendance may have been on has passed.
        var file = child().add(birth(), nai("E-1", "2018-05"));
        assertThat(evaluate(file, LocalDate.of(2018, 5, 31))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 6, 1))).hasSize(1);
    }

    @Test
    void waitsUntilTheDayHasPassed() {
        var file = child().add(birth(), nai("E-1", "2018-05-14"));

        assertThat(evaluate(file, LocalDate.of(2018, 5, 14))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 5, 15))).hasSize(1);
    }

    @Test
    void childBfShapeReliesOnTheStatedDelay() {
        // Child BF: undated ED attendance while on a CP plan; police notified the next day; later a PPO.
        List<Finding> findings = evaluate(child().add(
                event("BF-006", "cp_plan.started", "CSC", null).between("2017-06-30", "2017-06-30"),
                event("BF-014", "hospital.ed_attendance", "ED", null).between("2017-06-30", "2017-06-30")
                        .details("{'suspectedNAI':true}"),
                event("BF-016", "police.notified", "POLICE", null).between("2017-06-30", "2017-06-30")
                        .details("{'delayDays':1}"),
                event("BF-017", "police.protection", "POLICE", null).between("2017-06-30", "2017-06-30")),
                LocalDate.of(2017, 7, 3));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsExactly("BF-014", "BF-016");
            assertThat(f.agencies()).containsExactly("ED");
            assertThat(f.explanation()).contains("child protection plan", "delayed");
        });
    }

    @Test
    void triggersOfOneDayMakeOneFinding() {
        assertThat(evaluate(child().add(birth(), nai("E-1", "2018-05-14"),
                event("I-1", "injury.diagnosed", "BHT", "2018-05-14").details("{'suspectedNAI':true}")), asOf))
                .singleElement().satisfies(f -> {
                    assertThat(f.evidence()).containsExactly("E-1", "I-1");
                    assertThat(f.agencies()).containsExactly("ED", "BHT");
                });
    }

    @Test
    void ignoresInjuriesNotSuspectedToBeNonAccidental() {
        assertThat(evaluate(child().add(birth(), event("E-1", "hospital.ed_attendance", "ED", "2018-05-14")
                .details("{'suspectedNAI':false}")), asOf)).isEmpty();
    }
}
