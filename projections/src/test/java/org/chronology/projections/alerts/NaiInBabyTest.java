package org.chronology.projections.alerts;

import org.chronology.projections.gaps.TestCase;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.alerts.Judging.judge;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

/** NAI_IN_BABY: a suspected non-accidental injury to a child under one. */
class NaiInBabyTest {

    private final NaiInBaby rule = new NaiInBaby();

    private static TestCase.Event born(String date) {
        return event("P-1", "person.recorded", "BHT", date).details("{'dateOfBirth':'" + date + "'}");
    }

    private static TestCase.Event suspicion(String date) {
        return event("I-1", "injury.observed", "HV", date).details("{'suspectedNAI':true}");
    }

    @Test
    void givenABabyOfFiveMonths_whenAnInjuryIsSuspected_thenOneAlert() {
        assertThat(judge(rule, child().add(born("2025-10-01"), suspicion("2026-03-08")), "I-1"))
                .containsExactly(new AlertSignal("NAI_IN_BABY", "under_1y", TestCase.CHILD, "I-1"));
    }

    @Test
    void givenABruiseOnANonMobileBaby_thenAlertsUnlessTheEntrySaysItIsNotSuspected() {
        assertThat(judge(rule, child().add(born("2025-10-01"), event("I-1", "injury.observed", "HV", "2026-03-08")
                .details("{'childMobile':false}")), "I-1")).hasSize(1);
        assertThat(judge(rule, child().add(born("2025-10-01"), event("I-1", "injury.observed", "HV", "2026-03-08")
                .details("{'childMobile':false,'suspectedNAI':false}")), "I-1")).isEmpty();
    }

    @Test
    void givenAChildOfTwo_thenSilent_unlessTheAgeIsConfiguredHigher() {
        TestCase toddler = child().add(born("2024-01-01"), suspicion("2026-03-08"));
        assertThat(judge(rule, toddler, "I-1")).isEmpty();
        assertThat(judge(rule, toddler, "I-1", Map.of("age", "3y"))).hasSize(1);
    }

    @Test
    void givenNoDateOfBirthRecorded_thenSilent() {
        assertThat(judge(rule, child().add(suspicion("2026-03-08")), "I-1")).isEmpty();
    }

    @Test
    void givenAnInjuryNotSuspected_thenSilent() {
        assertThat(judge(rule, child().add(born("2025-10-01"), event("I-1", "injury.observed", "HV", "2026-03-08")),
                "I-1")).isEmpty();
    }
}
