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
 * RISK_SIGNALS_UNASSESSED: two substance or two domestic-abuse signals within 90 days are followed, within 10 working
 * days of the second, by an assessment, strategy discussion, conference or plan.
 */
class RiskSignalsUnassessedTest {

    private final RiskSignalsUnassessed rule = new RiskSignalsUnassessed();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event concern(String id, String date, String category) {
        return event(id, "concern.recorded", "K2", date).details("{'categories':['" + category + "']}");
    }

    @Test
    void givenTwoSubstanceSignalsAndNoAssessment_thenOneFindingAtTheSecond() {
        assertThat(evaluate(child().add(concern("C-1", "2018-01-10", "substance"),
                event("P-1", "police.incident", "POLICE", "2018-02-15").details("{'kind':'drugs'}"),
                concern("C-2", "2018-03-01", "substance")), asOf)).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("RISK_SIGNALS_UNASSESSED");
                    assertThat(f.severity().code()).isEqualTo("medium");
                    assertThat(f.occurredAt()).isEqualTo("2018-02-15");
                    assertThat(f.evidence()).containsExactly("C-1", "P-1", "C-2");
                    assertThat(f.explanation()).contains("substance misuse", "between 2018-01-10 and 2018-03-01");
                });
    }

    @Test
    void givenAnAssessmentAfterTheSignals_thenSilent() {
        assertThat(evaluate(child().add(concern("C-1", "2018-01-10", "substance"),
                concern("C-2", "2018-02-15", "substance"),
                event("A-1", "assessment.started", "CSC", "2018-02-20").details("{'kind':'child_and_family'}")), asOf))
                .isEmpty();
    }

    @Test
    void givenSignalsAboutOneManAndAnAssessmentThatNeverNamesHim_thenFires() {
        assertThat(evaluate(child().add(concern("C-1", "2018-01", "da_coercive_control").adults("F1"),
                concern("C-2", "2018-03", "da_coercive_control").adults("F1"),
                event("A-1", "assessment.completed", "CSC", "2018-03").details("{'kind':'child_and_family'}"),
                event("S-1", "strategy.meeting", "CSC", "2018-03")), asOf)).singleElement().satisfies(f -> {
                    assertThat(f.occurredAt()).isEqualTo("2018-03");
                    assertThat(f.evidence()).containsExactly("C-1", "C-2");
                    assertThat(f.explanation()).contains("no assessment, strategy discussion, conference or new plan "
                            + "naming F1, whom every one concerns, is recorded between 2018-01 and");
                });
    }

    @Test
    void givenSignalsAboutOneManAndAnAssessmentNamingHim_thenSilent() {
        assertThat(evaluate(child().add(concern("C-1", "2018-01", "da_coercive_control").adults("F1"),
                concern("C-2", "2018-03", "da_coercive_control").adults("F1"),
                event("A-1", "assessment.started", "CSC", "2018-03").details("{'participants':['F1']}")), asOf))
                .isEmpty();
        assertThat(evaluate(child().add(concern("C-1", "2018-01", "da_coercive_control").adults("F1"),
                concern("C-2", "2018-03", "da_coercive_control").adults("F1"),
                event("S-1", "conference.initial", "CSC", "2018-04-03").adults("F1")), asOf)).isEmpty();
    }

    @Test
    void givenSignalsOfDifferentThemesOrFarApart_thenSilent() {
        assertThat(evaluate(child().add(concern("C-1", "2018-01-10", "substance"),
                concern("C-2", "2018-02-15", "da_coercive_control")), asOf)).isEmpty();
        assertThat(evaluate(child().add(concern("C-1", "2018-01-10", "substance"),
                concern("C-2", "2018-06-15", "substance")), asOf)).isEmpty();
    }

    @Test
    void givenDomesticAbuseSignalsAndOnlyADashAssessment_thenFires() {
        assertThat(evaluate(child().add(event("P-1", "police.incident", "POLICE", "2018-05-02")
                        .details("{'kind':'domestic_abuse','daRisk':'standard'}"),
                event("D-1", "assessment.completed", "POLICE", "2018-05-02").details("{'kind':'dash_risk'}"),
                concern("C-1", "2018-05-20", "relationship_conflict")), asOf)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("domestic abuse or coercive control"));
    }

    @Test
    void givenMonthPrecisionSignals_thenTheyCountTogetherOnlyWhenCertainlyWithinTheWindow() {
        assertThat(evaluate(child().add(concern("C-1", "2018-01", "substance"), concern("C-2", "2018-03", "substance")),
                asOf)).hasSize(1);
        assertThat(evaluate(child().add(concern("C-1", "2018-01", "substance"), concern("C-2", "2018-04", "substance")),
                asOf)).isEmpty();
    }

    @Test
    void givenTheResponseTimeHasNotPassed_thenSilent() {
        var file = child().add(concern("C-1", "2018-01-10", "substance"), concern("C-2", "2018-02-15", "substance"));
        assertThat(evaluate(file, LocalDate.of(2018, 3, 1))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 3, 2))).hasSize(1);
    }

    @Test
    void givenMoreSignalsInTheSameEpisode_thenStillOneFinding() {
        assertThat(evaluate(child().add(concern("C-1", "2018-01-10", "substance"),
                concern("C-2", "2018-02-15", "substance"), concern("C-3", "2018-03-01", "substance"),
                concern("C-4", "2018-04-01", "substance")), asOf)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("C-1", "C-2", "C-3", "C-4"));
    }
}
