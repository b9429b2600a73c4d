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
 * ADOLESCENT_IN_ADULT_SERVICES: when a 16- or 17-year-old known to children's social care is seen by hospital
 * services, children's social care hears of it within 2 working days.
 */
class AdolescentInAdultServicesTest {

    private final AdolescentInAdultServices rule = new AdolescentInAdultServices();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event born(String date) {
        return event("P-1", "person.recorded", "CSC", "2017-01-01").children("Y1")
                .details("{'dateOfBirth':'" + date + "'}");
    }

    private static TestCase.Event history() {
        return event("H-1", "cp_plan.started", "CSC", "2016-05-01").children("Y1");
    }

    private static TestCase.Event booking(String date) {
        return event("E-1", "health.pregnancy_confirmed", "BHT", date).children("Y1", "C1")
                .details("{'subject':'Y1','unit':'EPU'}");
    }

    @Test
    void givenAKnownSixteenYearOldBookedByAHospitalAndNoNotice_thenFires() {
        assertThat(evaluate(child().add(born("2001-06-01"), history(), booking("2017-09-04")), asOf)).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("ADOLESCENT_IN_ADULT_SERVICES");
                    assertThat(f.evidence()).containsExactly("E-1");
                    assertThat(f.explanation()).contains("Y1, aged 16", "between 2017-09-04 and 2017-09-06");
                });
    }

    @Test
    void givenANoticeToTheLeadAgency_thenSilent() {
        assertThat(evaluate(child().add(born("2001-06-01"), history(), booking("2017-09-04"),
                event("I-1", "info.shared", "BHT", "2017-09-05").children("Y1").details("{'to':['MASH']}")), asOf))
                .isEmpty();
    }

    @Test
    void givenAnAdultOrSomeoneUnknownToChildrensSocialCare_thenSilent() {
        assertThat(evaluate(child().add(born("1999-06-01"), history(), booking("2017-09-04")), asOf)).isEmpty();
        assertThat(evaluate(child().add(born("2001-06-01"), booking("2017-09-04")), asOf)).isEmpty();
    }

    @Test
    void givenACommunityServiceRatherThanAHospital_thenSilent() {
        assertThat(evaluate(child().add(born("2001-06-01"), history(), event("E-1", "health.pregnancy_confirmed", "MW",
                "2017-09-04").children("Y1").details("{'subject':'Y1'}")), asOf)).isEmpty();
    }

    @Test
    void givenAMonthPrecisionAttendance_thenANoticeThatMonthCountsAndTheRuleWaits() {
        assertThat(evaluate(child().add(born("2001-06-01"), history(), booking("2017-09"),
                event("I-1", "referral.made", "BHT", "2017-09-02").children("Y1").details("{'referredTo':'CSC'}")),
                asOf)).isEmpty();
        var file = child().add(born("2001-06-01"), history(), booking("2017-09"));
        assertThat(evaluate(file, LocalDate.of(2017, 10, 3))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2017, 10, 4))).hasSize(1);
    }
}
