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
 * DASH_NOT_REPEATED: every domestic abuse incident gets a DASH risk assessment, and a repeat incident's grade is not
 * lowered after the victim disengaged.
 */
class DashNotRepeatedTest {

    private final DashNotRepeated rule = new DashNotRepeated();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event incident(String id, String date, String grade) {
        return event(id, "police.incident", "POLICE", date).details(grade == null ? "{'kind':'domestic_abuse'}"
                : "{'kind':'domestic_abuse','daRisk':'" + grade + "'}");
    }

    @Test
    void givenADomesticAbuseIncidentWithNoGradeOrDash_thenFires() {
        assertThat(evaluate(child().add(incident("P-1", "2018-05-02", null)), asOf)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DASH_NOT_REPEATED");
            assertThat(f.evidence()).containsExactly("P-1");
            assertThat(f.explanation()).contains("between 2018-05-02 and 2018-05-03");
        });
    }

    @Test
    void givenAGradeOrADashAssessment_thenSilent() {
        assertThat(evaluate(child().add(incident("P-1", "2018-05-02", "medium")), asOf)).isEmpty();
        assertThat(evaluate(child().add(incident("P-1", "2018-05-02", null),
                event("D-1", "assessment.completed", "POLICE", "2018-05-03").details("{'kind':'dash_risk'}")), asOf))
                .isEmpty();
    }

    @Test
    void givenOtherIncidents_thenSilent() {
        assertThat(evaluate(child().add(event("P-1", "police.incident", "POLICE", "2018-05-02")
                .details("{'kind':'assault'}")), asOf)).isEmpty();
    }

    @Test
    void givenALowerGradeAfterTheVictimDisengaged_thenFires() {
        assertThat(evaluate(child().add(incident("P-1", "2018-01-10", "high"),
                event("S-1", "service.declined", "K2", "2018-02-01").details("{'service':'IDVA'}"),
                incident("P-2", "2018-03-10", "standard")), asOf)).singleElement().satisfies(f -> {
                    assertThat(f.occurredAt()).isEqualTo("2018-03-10");
                    assertThat(f.evidence()).containsExactly("P-2", "P-1", "S-1");
                    assertThat(f.explanation()).contains("graded standard, lower than the high grade of 2018-01-10");
                });
    }

    @Test
    void givenALowerGradeWithNoDisengagementOrASameGrade_thenSilent() {
        assertThat(evaluate(child().add(incident("P-1", "2018-01-10", "high"),
                incident("P-2", "2018-03-10", "standard")), asOf)).isEmpty();
        assertThat(evaluate(child().add(incident("P-1", "2018-01-10", "high"),
                event("S-1", "service.declined", "K2", "2018-02-01"), incident("P-2", "2018-03-10", "high")), asOf))
                .isEmpty();
    }

    @Test
    void givenAMonthPrecisionIncident_thenADashThatMonthCountsAndTheRuleWaits() {
        assertThat(evaluate(child().add(incident("P-1", "2018-05", null),
                event("D-1", "assessment.started", "POLICE", "2018-05-31").details("{'kind':'dash_risk'}")), asOf))
                .isEmpty();
        var file = child().add(incident("P-1", "2018-05", null));
        assertThat(evaluate(file, LocalDate.of(2018, 6, 1))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 6, 2))).hasSize(1);
    }
}
