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

class GpNotInvolvedTest {

    private final GpNotInvolved rule = new GpNotInvolved();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<Finding> findings(CaseFile file, LocalDate asOf) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    @Test
    void firesOncePerEpisodeOpenForThirtyDaysWithoutTheGp() {
        var file = child().add(
                event("S-1", "s47.started", "CSC", "2019-02-04"),
                event("H-1", "visit.home", "HV", "2019-02-11"),
                event("P-1", "cp_plan.started", "CSC", "2019-03-01"),
                event("I-1", "conference.initial", "CSC", "2019-03-01").details("{'invited':['CSC','HV']}")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("GP_NOT_INVOLVED");
            assertThat(f.agencies()).containsExactly("CSC");
            assertThat(f.evidence()).containsExactly("S-1", "P-1");
            assertThat(f.occurredAt()).isEqualTo("2019-02-04");
            assertThat(f.explanation()).endsWith("with no entry involving a GP between 2019-02-04 and " + asOf + ".");
        });
    }

    @Test
    void aGpNamedOnlyInWordsIsNotInvolved() {
        var file = child().add(event("S-1", "s47.started", "CSC", "2019-02-04"),
                event("R-1", "referral.made", "CSC", "2019-02-05").details("{'referrer':'GP','summary':'GP letter'}"))
                .file();

        assertThat(findings(file, asOf)).hasSize(1);
    }

    @Test
    void staysSilentWhenTheGpIsInvitedWritesOrIsWrittenTo() {
        var invited = child().add(event("S-1", "s47.started", "CSC", "2019-02-04"),
                event("I-1", "conference.initial", "CSC", "2019-02-25").details("{'invited':['CSC','GP']}")).file();
        var writes = child().add(event("S-1", "s47.started", "CSC", "2019-02-04"),
                event("G-1", "info.shared", "GP", "2019-02-06").details("{'to':['CSC']}")).file();
        var writtenTo = child().add(event("S-1", "cin_plan.started", "CSC", "2019-02-04"),
                event("G-1", "info.requested", "CSC", "2019-05-06").details("{'to':'GP'}")).file();

        assertThat(findings(invited, asOf)).isEmpty();
        assertThat(findings(writes, asOf)).isEmpty();
        assertThat(findings(writtenTo, asOf)).isEmpty();
    }

    @Test
    void staysSilentForAnEpisodeShorterThanThirtyDays() {
        var file = child().add(event("S-1", "s47.started", "CSC", "2019-02-04"),
                event("C-1", "case.closed", "CSC", "2019-02-20")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void waitsUntilTheEpisodeHasRunThirtyDays() {
        var file = child().add(event("S-1", "s47.started", "CSC", "2019-02-04")).file();

        assertThat(findings(file, LocalDate.of(2019, 3, 5))).isEmpty();
        assertThat(findings(file, LocalDate.of(2019, 3, 6))).hasSize(1);
    }

    @Test
    void aMonthPreciseOpeningCountsFromTheEndOfItsMonth() {
        var file = child().add(event("P-1", "cin_plan.started", "CSC", "2019-02")).file();

        assertThat(findings(file, LocalDate.of(2019, 3, 29))).isEmpty();
        assertThat(findings(file, LocalDate.of(2019, 3, 30))).singleElement()
                .satisfies(f -> assertThat(f.occurredAt()).isEqualTo("2019-02"));
    }

    @Test
    void aGpEntryInAnEarlierEpisodeDoesNotCountForALaterOne() {
        var file = child().add(
                event("P-1", "cp_plan.started", "CSC", "2019-01-07"),
                event("G-1", "info.shared", "GP", "2019-01-10").details("{'to':['CSC']}"),
                event("E-1", "cp_plan.ended", "CSC", "2019-05-01"),
                event("O-1", "case.opened", "CSC", "2019-08-01"),
                event("C-1", "case.closed", "CSC", "2019-10-01")).file();

        assertThat(findings(file, asOf)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("O-1", "C-1"));
    }

    @Test
    void anEarlyHelpCaseIsNotAStatutoryEpisode() {
        var file = child().add(event("O-1", "case.opened", "EARLY-HELP", "2019-02-04")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }
}
