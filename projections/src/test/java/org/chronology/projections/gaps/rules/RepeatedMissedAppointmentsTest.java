package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Parameters;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

class RepeatedMissedAppointmentsTest {

    private final RepeatedMissedAppointments rule = new RepeatedMissedAppointments();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<Finding> findings(CaseFile file, LocalDate asOf) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    @Test
    void firesOnThreeMissedContactsWithinNinetyDaysAndNoFollowUp() {
        var file = child().add(
                event("M-1", "appointment.missed", "BHT", "2019-01-07").details("{'reason':'was_not_brought'}"),
                event("M-2", "visit.home", "HV", "2019-02-04").details("{'outcome':'no_access'}"),
                event("M-3", "contact.remote", "HV", "2019-03-04").details("{'outcome':'no_answer'}")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("REPEATED_MISSED_APPOINTMENTS");
            assertThat(f.evidence()).containsExactly("M-3", "M-1", "M-2");
            assertThat(f.agencies()).containsExactly("BHT", "HV");
            assertThat(f.occurredAt()).isEqualTo("2019-03-04");
            assertThat(f.explanation()).contains("3 contacts", "M-1 2019-01-07", "between 2019-03-04 and 2019-03-18");
        });
    }

    @Test
    void staysSilentWhenTheAgencySeesTheChildSoonAfter() {
        var file = child().add(
                event("M-1", "visit.home", "HV", "2019-01-07").details("{'outcome':'no_access'}"),
                event("M-2", "visit.home", "HV", "2019-02-04").details("{'outcome':'no_access'}"),
                event("M-3", "visit.home", "HV", "2019-03-04").details("{'outcome':'no_access'}"),
                event("V-1", "visit.home", "HV", "2019-03-11").details("{'outcome':'seen'}")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void staysSilentWhenTheAgencyEscalatesOrRefers() {
        var file = child().add(
                event("M-1", "appointment.missed", "BHT", "2019-01-07"),
                event("M-2", "appointment.missed", "BHT", "2019-01-14"),
                event("M-3", "appointment.missed", "BHT", "2019-01-21"),
                event("R-1", "referral.made", "BHT", "2019-01-22").details("{'referredTo':'MASH'}")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void anotherAgencySeeingTheChildIsNotAFollowUp() {
        var file = child().add(
                event("M-1", "appointment.missed", "BHT", "2019-01-07"),
                event("M-2", "appointment.missed", "BHT", "2019-01-14"),
                event("M-3", "appointment.missed", "BHT", "2019-01-21"),
                event("V-1", "visit.home", "HV", "2019-01-22").details("{'outcome':'seen'}")).file();

        assertThat(findings(file, asOf)).hasSize(1);
    }

    @Test
    void staysSilentWhenTheMissesAreSpreadBeyondTheWindowOrTooFew() {
        var spread = child().add(
                event("M-1", "appointment.missed", "BHT", "2019-01-07"),
                event("M-2", "appointment.missed", "BHT", "2019-03-04"),
                event("M-3", "appointment.missed", "BHT", "2019-04-08")).file();
        var few = child().add(
                event("M-1", "appointment.missed", "BHT", "2019-01-07"),
                event("V-1", "visit.home", "HV", "2019-01-08").details("{'outcome':'seen'}"),
                event("M-2", "appointment.missed", "BHT", "2019-01-14")).file();

        assertThat(findings(spread, asOf)).isEmpty();
        assertThat(findings(few, asOf)).isEmpty();
    }

    @Test
    void waitsForTheFollowUpTimeToPass() {
        var file = child().add(
                event("M-1", "appointment.missed", "BHT", "2019-02-18"),
                event("M-2", "appointment.missed", "BHT", "2019-02-25"),
                event("M-3", "appointment.missed", "BHT", "2019-03-04")).file();

        assertThat(findings(file, LocalDate.of(2019, 3, 18))).isEmpty();
        assertThat(findings(file, LocalDate.of(2019, 3, 19))).hasSize(1);
    }

    @Test
    void aMonthPreciseMissIsFollowedUpInTimeIfTheFollowUpCanHaveBeenWithinTenWorkingDaysOfTheMonthsEnd() {
        var file = child().add(
                event("M-1", "appointment.missed", "BHT", "2019-02-18"),
                event("M-2", "appointment.missed", "BHT", "2019-02-25"),
                event("M-3", "appointment.missed", "BHT", "2019-03"),
                event("V-1", "appointment.attended", "BHT", "2019-04-10")).file();

        assertThat(findings(file, asOf)).isEmpty();
        var unanswered = child().add(
                event("M-1", "appointment.missed", "BHT", "2019-02-18"),
                event("M-2", "appointment.missed", "BHT", "2019-02-25"),
                event("M-3", "appointment.missed", "BHT", "2019-03")).file();
        assertThat(findings(unanswered, LocalDate.of(2019, 4, 12))).isEmpty();
        assertThat(findings(unanswered, LocalDate.of(2019, 4, 13))).hasSize(1);
    }

    @Test
    void oneEntryCanRecordSeveralMisses() {
        // Child O §5.11: four jaundice follow-ups missed.
        var file = child().add(event("M-1", "appointment.missed", "BHT", "2019-01")
                .details("{'reason':'was_not_brought','count':4,'service':'jaundice follow-up'}")).file();

        assertThat(findings(file, asOf)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).startsWith("4 contacts"));
    }

    @Test
    void reportsEachClusterOnceAndCountsAfreshAfterAFollowUp() {
        var file = child().add(
                event("M-1", "appointment.missed", "BHT", "2019-01-07"),
                event("M-2", "appointment.missed", "BHT", "2019-01-14"),
                event("M-3", "appointment.missed", "BHT", "2019-01-21"),
                event("M-4", "appointment.missed", "BHT", "2019-01-28"),
                event("I-1", "info.shared", "BHT", "2019-04-01").details("{'to':['CSC']}"),
                event("M-5", "appointment.missed", "BHT", "2019-04-08"),
                event("M-6", "appointment.missed", "BHT", "2019-04-15"),
                event("M-7", "appointment.missed", "BHT", "2019-04-22"),
                event("I-2", "info.shared", "BHT", "2019-04-23").details("{'to':['CSC']}")).file();

        assertThat(findings(file, asOf)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("M-3", "M-1", "M-2", "M-4"));
    }
}
