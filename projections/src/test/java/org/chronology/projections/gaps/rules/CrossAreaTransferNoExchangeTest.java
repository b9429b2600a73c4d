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

class CrossAreaTransferNoExchangeTest {

    private final CrossAreaTransferNoExchange rule = new CrossAreaTransferNoExchange();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event transfer(String id, String date) {
        return event(id, "case.transferred", "CSC", date)
                .details("{'crossArea':true,'fromArea':'Cumbria','toArea':'Lancashire'}");
    }

    @Test
    void firesWhenNoInformationIsExchangedWithinFiveWorkingDays() {
        List<Finding> findings = evaluate(child().add(transfer("X-1", "2018-03-01"),
                event("I-1", "info.shared", "CSC", "2018-03-20").details("{'to':['CSC2']}")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CROSS_AREA_TRANSFER_NO_EXCHANGE");
            assertThat(f.evidence()).containsExactly("X-1", "I-1");
            assertThat(f.agencies()).containsExactly("CSC");
            assertThat(f.explanation()).isEqualTo("The case transfer from Cumbria to Lancashire recorded by CSC on "
                    + "2018-03-01 (X-1) was followed by no information shared, requested or checked between "
                    + "2018-03-01 and 2018-03-08; the first exchange after it was the info shared of 2018-03-20 (I-1, CSC).");
        });
    }

    @Test
    void staysSilentWhenInformationIsExchanged() {
        assertThat(evaluate(child().add(transfer("X-1", "2018-03-01"),
                event("I-1", "info.requested", "CSC2", "2018-03-05")), asOf)).isEmpty();
        assertThat(evaluate(child().add(transfer("X-1", "2018-03-01"),
                event("H-1", "health.handover", "HV", "2018-03-02").children("SIBLING")), asOf)).isEmpty();
    }

    @Test
    void ignoresTransfersWithinOneArea() {
        assertThat(evaluate(child().add(event("X-1", "case.transferred", "CSC", "2018-03-01")
                        .details("{'fromArea':'Sutton','toArea':'sutton'}"),
                event("X-2", "case.transferred", "CSC", "2018-04-02").details("{'fromTeam':'RAS','toTeam':'locality'}")),
                asOf)).isEmpty();
    }

    @Test
    void anUndatedMoveIsJudgedFromTheLastDayItCanHaveHappened() {
        // Child BF: moves between areas known only to precede June 2017.
        var file = child().add(event("BF-001", "case.transferred", "CSC", null)
                .between("2016-01-01", "2017-06-30").details("{'crossArea':true}"));

        assertThat(evaluate(file, LocalDate.of(2017, 7, 7))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2017, 7, 8))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("BF-001"));
    }

    @Test
    void readsAMonthPrecisionTransferGenerously() {
        // Transferred in March 2018: the deadline runs from 31 March, 5 working days after Easter: 9 April.
        var file = child().add(transfer("X-1", "2018-03"));
        assertThat(evaluate(file, LocalDate.of(2018, 4, 9))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 4, 10))).hasSize(1);
        assertThat(evaluate(child().add(transfer("X-1", "2018-03"),
                event("C-1", "checks.completed", "CSC2", "2018-04-06")), asOf)).isEmpty();
    }

    @Test
    void firesForAHouseholdMoveBetweenAreas() {
        assertThat(evaluate(child().add(event("H-1", "household.change", "HOUSING", "2018-03-01")
                .details("{'fromArea':'Cumbria','toArea':'Lancashire'}")), asOf))
                .singleElement().satisfies(f -> {
                    assertThat(f.agencies()).containsExactly("HOUSING");
                    assertThat(f.explanation()).contains("household move");
                });
    }
}
