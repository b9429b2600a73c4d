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
 * NAI_POLICE_NOT_SAME_DAY: a suspected non-accidental injury to a child under 1, a non-mobile child or a child on a
 * protection plan reaches the police the same calendar day.
 */
class NaiPoliceNotSameDayTest {

    private final NaiPoliceNotSameDay rule = new NaiPoliceNotSameDay();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event dateOfBirth(String date) {
        return event("P-1", "person.recorded", "BHT", date).details("{'dateOfBirth':'" + date + "'}");
    }

    private static TestCase.Event nai(String id, String date) {
        return event(id, "hospital.ed_attendance", "ED", date).details("{'suspectedNAI':true}");
    }

    @Test
    void givenABabyAndPoliceToldTheNextDay_thenOneHighFindingCitingTheLateNotice() {
        List<Finding> findings = evaluate(child().add(dateOfBirth("2018-01-10"), nai("E-1", "2018-05-14"),
                event("P-1", "police.notified", "POLICE", "2018-05-15")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NAI_POLICE_NOT_SAME_DAY");
            assertThat(f.severity().code()).isEqualTo("high");
            assertThat(f.evidence()).containsExactly("E-1", "P-1");
            assertThat(f.explanation()).contains("a child under 1 year (born 2018-01-10)", "2018-05-14",
                    "police notified by POLICE, is dated 2018-05-15");
        });
    }

    @Test
    void givenPoliceKnewTheSameDay_thenSilent() {
        assertThat(evaluate(child().add(dateOfBirth("2018-01-10"), nai("E-1", "2018-05-14"),
                event("P-1", "police.notified", "POLICE", "2018-05-14")), asOf)).isEmpty();
        assertThat(evaluate(child().add(dateOfBirth("2018-01-10"), nai("E-1", "2018-05-14"),
                event("S-1", "strategy.discussion", "CSC", "2018-05-14").details("{'invited':['CSC','POLICE']}")),
                asOf)).isEmpty();
        assertThat(evaluate(child().add(dateOfBirth("2018-01-10"), nai("E-1", "2018-05-14"),
                event("I-1", "info.shared", "ED", "2018-05-14").details("{'to':['POLICE','CSC']}")), asOf)).isEmpty();
    }

    @Test
    void givenAnOlderMobileChildNotOnAPlan_thenSilent() {
        assertThat(evaluate(child().add(event("B-1", "health.birth", "BHT", "2015-01-10"), nai("E-1", "2018-05-14")),
                asOf)).isEmpty();
        assertThat(evaluate(child().add(nai("E-1", "2018-05-14")), asOf)).isEmpty();
    }

    @Test
    void givenANonMobileChildOrABirthRecordUnderTheAge_thenFires() {
        assertThat(evaluate(child().add(event("E-1", "injury.observed", "HV", "2018-05-14")
                .details("{'childMobile':false}")), asOf)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("a non-mobile child"));
        assertThat(evaluate(child().add(event("B-1", "health.birth", "BHT", "2018-01-10"), nai("E-1", "2018-05-14")),
                asOf)).hasSize(1);
    }

    @Test
    void givenAChildOnAProtectionPlan_thenFiresUntilThePlanEnds() {
        assertThat(evaluate(child().add(event("CP-1", "cp_plan.started", "CSC", "2016-02-01"),
                nai("E-1", "2018-05-14")), asOf)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("on a child protection plan (since 2016-02-01)"));
        assertThat(evaluate(child().add(event("CP-1", "cp_plan.started", "CSC", "2016-02-01"),
                event("CP-2", "cp_plan.ended", "CSC", "2017-02-01"), nai("E-1", "2018-05-14")), asOf)).isEmpty();
    }

    @Test
    void givenAMonthPrecisionBirthOrSuspicion_thenReadGenerously() {
        // Born some day of January 2017: under 1 on 2017-12-31 for certain only if born on the 1st; read as the 1st.
        assertThat(evaluate(child().add(dateOfBirth("2017-01"), nai("E-1", "2017-12-31")), asOf)).hasSize(1);
        assertThat(evaluate(child().add(dateOfBirth("2017-01"), nai("E-1", "2018-01-02")), asOf)).isEmpty();
        // A suspicion in May and a notice on 20 May can be the same day.
        assertThat(evaluate(child().add(dateOfBirth("2018-01-10"), nai("E-1", "2018-05"),
                event("P-1", "police.notified", "POLICE", "2018-05-20")), asOf)).isEmpty();
    }

    @Test
    void givenTheDayHasNotPassed_thenSilent() {
        var file = child().add(dateOfBirth("2018-01-10"), nai("E-1", "2018-05-14"));
        assertThat(evaluate(file, LocalDate.of(2018, 5, 14))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 5, 15))).hasSize(1);
    }

    @Test
    void givenSuspicionsOfOneEpisode_thenOneFinding() {
        assertThat(evaluate(child().add(dateOfBirth("2018-01-10"), nai("E-1", "2018-05-14"),
                event("I-1", "injury.diagnosed", "BHT", "2018-05-16").details("{'suspectedNAI':true}")), asOf))
                .singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("E-1", "I-1"));
    }

    @Test
    void givenAnInjuryNotSuspected_thenSilent() {
        assertThat(evaluate(child().add(dateOfBirth("2018-01-10"), event("E-1", "hospital.ed_attendance", "ED",
                "2018-05-14")), asOf)).isEmpty();
    }
}
