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

class YoungParentNotSeenAloneTest {

    private final YoungParentNotSeenAlone rule = new YoungParentNotSeenAlone();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<Finding> evaluate(TestCase file) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    /** Miss A (A1), born 2002-06-01, mother of baby B1 whose pregnancy was confirmed in September 2017. */
    private static TestCase youngMother(String born) {
        return child("A1").add(
                event("P-A1", "person.recorded", "CSC", "2017-09").children("A1").details("{'dateOfBirth':'" + born + "'}"),
                event("R-A1", "relationship.recorded", "CSC", "2017-09").children("A1", "B1")
                        .details("{'person':'A1','relationship':'mother','of':'B1'}"),
                event("C-1", "health.pregnancy_confirmed", "MW", "2017-09-04").children("B1", "A1")
                        .details("{'subject':'A1'}"));
    }

    private static TestCase.Event visit(String id, String date, boolean alone) {
        return event(id, "visit.home", "HV", date).children("A1", "B1").details("{'seenAlone':" + alone + "}");
    }

    @Test
    void givenAnUnder18MotherNeverSeenAlone_thenItFiresOnceOnTheSecondVisit() {
        assertThat(evaluate(youngMother("2002-06-01").add(visit("V-1", "2017-10-02", false),
                visit("V-2", "2017-11-06", false), visit("V-3", "2017-12-04", false)))).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("YOUNG_PARENT_NOT_SEEN_ALONE");
                    assertThat(f.evidence()).containsExactly("V-2", "V-1", "V-3");
                    assertThat(f.explanation()).contains("not seen alone at any of 3 home visits between 2017-10-02 "
                            + "and 2017-12-04");
                });
    }

    @Test
    void givenAVisitSeeingHerAlone_thenTheRunEnds() {
        assertThat(evaluate(youngMother("2002-06-01").add(visit("V-1", "2017-10-02", false),
                visit("V-2", "2017-11-06", true), visit("V-3", "2017-12-04", false)))).isEmpty();
    }

    @Test
    void givenAnAdultMother_thenSilent() {
        assertThat(evaluate(youngMother("1995-06-01").add(visit("V-1", "2017-10-02", false),
                visit("V-2", "2017-11-06", false)))).isEmpty();
    }

    @Test
    void givenVisitsThatDoNotSayWhetherSheWasSeenAlone_thenSilent() {
        assertThat(evaluate(youngMother("2002-06-01").add(event("V-1", "visit.home", "HV", "2017-10-02")
                .children("A1"), event("V-2", "visit.home", "HV", "2017-11-06").children("A1")))).isEmpty();
    }

    @Test
    void givenMonthPreciseVisitsThatMayBeMoreThanNinetyDaysApart_thenSilent() {
        assertThat(evaluate(youngMother("2002-06-01").add(visit("V-1", "2017-10", false),
                visit("V-2", "2018-01", false)))).isEmpty();
    }

    @Test
    void givenAChildWhoIsNotAParent_thenSilent() {
        assertThat(evaluate(child("A1").add(
                event("P-A1", "person.recorded", "CSC", "2017-09").children("A1").details("{'dateOfBirth':'2002'}"),
                visit("V-1", "2017-10-02", false), visit("V-2", "2017-11-06", false)))).isEmpty();
    }
}
