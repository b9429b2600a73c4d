package org.chronology.projections.alerts;

import org.chronology.projections.gaps.TestCase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

/** The alert rules run together, each with its defaults overridden by configuration checked at start-up. */
class AlertRulesTest {

    private final List<AlertRule> all = List.of(new UnscheduledCareOnPlan(), new NaiInBaby());

    @Test
    void givenAConfiguredParameter_thenTheRuleJudgesWithIt() {
        AlertRules rules = new AlertRules(all, Map.of("NAI_IN_BABY", Map.of("age", "3y")));
        var file = child().add(event("P-1", "person.recorded", "BHT", "2024-01-01")
                .details("{'dateOfBirth':'2024-01-01'}"), event("I-1", "injury.observed", "HV", "2026-03-08")
                .details("{'suspectedNAI':true}")).file();
        var recorded = file.events().stream().filter(e -> e.eventId().equals("I-1")).findFirst().orElseThrow();

        assertThat(rules.judge(file, recorded, Judging.TODAY)).extracting(AlertSignal::rule)
                .containsExactly("NAI_IN_BABY");
        assertThat(new AlertRules(all, Map.of()).judge(file, recorded, Judging.TODAY)).isEmpty();
    }

    @Test
    void givenAnUnknownRuleOrParameterOrBadValue_thenStartUpStops() {
        assertThatThrownBy(() -> new AlertRules(all, Map.of("NO_SUCH", Map.of())))
                .hasMessageContaining("chronology.alerts.rules.NO_SUCH names no alert rule");
        assertThatThrownBy(() -> new AlertRules(all, Map.of("NAI_IN_BABY", Map.of("K", "3"))))
                .hasMessageContaining("NAI_IN_BABY has no parameter K");
        assertThatThrownBy(() -> new AlertRules(all, Map.of("NAI_IN_BABY", Map.of("age", "soon"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenTheRecentSpans_thenTheEarliestAlertingDayIsTheLongestBack() {
        AlertRules rules = new AlertRules(all, Map.of("NAI_IN_BABY", Map.of("recent", "30d")));
        assertThat(rules.earliestAlerting(LocalDate.of(2026, 3, 10), TestCase.calendar()))
                .isEqualTo(LocalDate.of(2026, 2, 8));
    }
}
