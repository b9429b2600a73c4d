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

/** NAI_SKELETAL_SURVEY_MISSING: a suspected NAI in a child under 2 is followed by a skeletal survey within 5 wd. */
class NaiSkeletalSurveyMissingTest {

    private final NaiSkeletalSurveyMissing rule = new NaiSkeletalSurveyMissing();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event born(String date) {
        return event("P-1", "person.recorded", "BHT", date).details("{'dateOfBirth':'" + date + "'}");
    }

    private static TestCase.Event nai(String id, String date) {
        return event(id, "injury.diagnosed", "BHT", date).details("{'suspectedNAI':true}");
    }

    private static TestCase.Event survey(String id, String date) {
        return event(id, "medical.imaging", "BHT", date).details("{'modality':'skeletal_survey'}");
    }

    @Test
    void givenAToddlerWithSuspectedNaiAndNoSurvey_thenOneHighFinding() {
        assertThat(evaluate(child().add(born("2017-03-01"), nai("I-1", "2018-06-04")), asOf)).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("NAI_SKELETAL_SURVEY_MISSING");
                    assertThat(f.severity().code()).isEqualTo("high");
                    assertThat(f.evidence()).containsExactly("I-1");
                    assertThat(f.explanation()).contains("under 2 years (born 2017-03-01)",
                            "between 2018-06-04 and 2018-06-11");
                });
    }

    @Test
    void givenASurveyInTime_thenSilent() {
        assertThat(evaluate(child().add(born("2017-03-01"), nai("I-1", "2018-06-04"), survey("X-1", "2018-06-05")),
                asOf)).isEmpty();
    }

    @Test
    void givenOtherImagingOrASurveyTooLate_thenFires() {
        assertThat(evaluate(child().add(born("2017-03-01"), nai("I-1", "2018-06-04"),
                event("X-1", "medical.imaging", "BHT", "2018-06-05").details("{'modality':'ct'}")), asOf)).hasSize(1);
        assertThat(evaluate(child().add(born("2017-03-01"), nai("I-1", "2018-06-04"), survey("X-1", "2018-07-20")),
                asOf)).singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("I-1", "X-1"));
    }

    @Test
    void givenAChildOfTwoOrAChildOfUnknownAge_thenSilent() {
        assertThat(evaluate(child().add(born("2016-03-01"), nai("I-1", "2018-06-04")), asOf)).isEmpty();
        assertThat(evaluate(child().add(nai("I-1", "2018-06-04")), asOf)).isEmpty();
    }

    @Test
    void givenANonMobileChildOfUnknownAge_thenFires() {
        assertThat(evaluate(child().add(event("I-1", "injury.observed", "HV", "2018-06-04")
                .details("{'childMobile':false}")), asOf)).hasSize(1);
    }

    @Test
    void givenMonthPrecisionDates_thenASurveyThatMonthCountsAndTheRuleWaits() {
        assertThat(evaluate(child().add(born("2018-01-01"), nai("I-1", "2018-06"), survey("X-1", "2018-06")), asOf))
                .isEmpty();
        var file = child().add(born("2018-01-01"), nai("I-1", "2018-06"));
        assertThat(evaluate(file, LocalDate.of(2018, 7, 6))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 7, 9))).hasSize(1);
    }
}
