package org.chronology.projections.gaps;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

class CaseFileTest {

    private final CaseFile file = child().add(
            event("V-2", "visit.home", "HV", "2018-03-09"),
            event("S-1", "strategy.discussion", "CSC", "2018-03-05"),
            event("V-1", "visit.home", "HV", "2018-03"),
            event("C-1", "conference.initial", "CSC", "2018-04-20"),
            event("X-1", "visit.home", "SCHOOL", "2018-05-01").children("C2")).file();

    @Test
    void entriesOfSomeTypesComeInDateOrderAndOwnOnesNameTheChild() {
        assertThat(file.events("visit.home")).extracting(CaseEvent::eventId).containsExactly("V-1", "V-2", "X-1");
        assertThat(file.own("visit.home")).extracting(CaseEvent::eventId).containsExactly("V-1", "V-2");
        assertThat(file.own("conference.initial", "strategy.discussion")).extracting(CaseEvent::eventId)
                .containsExactly("S-1", "C-1");
        assertThat(file.own("case.closed")).isEmpty();
    }

    @Test
    void theFileAsOfADayHoldsWhatMayHaveHappenedByThen() {
        CaseFile then = file.asOf(LocalDate.of(2018, 3, 5));

        assertThat(then.events()).extracting(CaseEvent::eventId).containsExactly("V-1", "S-1");
        assertThat(then.own("visit.home")).extracting(CaseEvent::eventId).containsExactly("V-1");
    }

    @Test
    void agenciesAreActiveByTheEntriesDatedInTheWindowFromItsFirstDayToBeforeItsLast() {
        assertThat(file.activeAgencies(LocalDate.of(2018, 3, 5), LocalDate.of(2018, 4, 20)))
                .containsExactlyInAnyOrder("CSC", "HV");
        assertThat(file.activeAgencies(LocalDate.MIN, LocalDate.MAX)).containsExactlyInAnyOrder("HV", "CSC", "SCHOOL");
        assertThat(file.activeAgencies(LocalDate.of(2018, 4, 21), LocalDate.of(2018, 5, 1))).isEmpty();
    }
}
