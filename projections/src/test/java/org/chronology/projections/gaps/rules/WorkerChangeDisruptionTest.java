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

class WorkerChangeDisruptionTest {

    private final WorkerChangeDisruption rule = new WorkerChangeDisruption();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file().asOf(asOf), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event allocated(String id, String date, String worker) {
        return event(id, "worker.allocated", "CSC", date).worker(worker, "SOCIAL_WORKER");
    }

    private static TestCase.Event icpc() {
        return event("I-1", "conference.initial", "CSC", "2018-04-16").details("{'invited':['HV','K2','CAMHS']}");
    }

    @Test
    void givenAMeetingRescheduledAfterAChangeOfSocialWorker_thenItFiresOnTheMeeting() {
        assertThat(evaluate(child().add(allocated("A-1", "2018-03-01", "W1"), icpc(),
                allocated("A-2", "2018-05-08", "W2"),
                event("M-1", "meeting.cin_review", "CSC", "2018-05-15").details("{'rescheduled':true}")), asOf))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("WORKER_CHANGE_DISRUPTION");
                    assertThat(f.evidence()).containsExactly("M-1", "A-2");
                    assertThat(f.occurredAt()).isEqualTo("2018-05-15");
                });
    }

    @Test
    void givenPartnersNotToldOfAChange_thenItFiresOnTheChangeNamingThem() {
        assertThat(evaluate(child().add(allocated("A-1", "2018-03-01", "W1"), icpc(),
                allocated("A-2", "2018-05-08", "W2"),
                event("S-1", "info.shared", "CSC", "2018-05-10").details("{'to':['HV']}")), asOf))
                .singleElement().satisfies(f -> {
                    assertThat(f.evidence()).containsExactly("A-2");
                    assertThat(f.explanation()).contains("K2, CAMHS, partners at the child's meetings",
                            "between 2018-05-08 and 2018-05-22");
                });
    }

    @Test
    void givenEveryPartnerToldOrMet_thenSilent() {
        assertThat(evaluate(child().add(allocated("A-1", "2018-03-01", "W1"), icpc(),
                allocated("A-2", "2018-05-08", "W2"),
                event("S-1", "info.shared", "CSC", "2018-05-10").details("{'to':['HV','K2']}"),
                event("M-1", "meeting.core_group", "CSC", "2018-05-21").details("{'attended':['CSC','CAMHS']}")),
                asOf)).isEmpty();
    }

    @Test
    void givenAFirstAllocationOrTheSameWorkerAgain_thenThereIsNoChange() {
        assertThat(evaluate(child().add(icpc(), allocated("A-1", "2018-05-01", "W1"),
                allocated("A-2", "2018-05-20", "W1")), asOf)).isEmpty();
    }

    @Test
    void givenTheNoticePeriodNotYetOver_thenSilent() {
        var file = child().add(allocated("A-1", "2018-03-01", "W1"), icpc(), allocated("A-2", "2018-05-08", "W2"));

        assertThat(evaluate(file, LocalDate.of(2018, 5, 22))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2018, 5, 23))).hasSize(1);
    }

    @Test
    void givenAMonthPreciseChangeAndMeeting_thenTheRescheduledMeetingMayFollowIt() {
        assertThat(evaluate(child().add(allocated("A-1", "2018-03", "W1"), allocated("A-2", "2018-05", "W2"),
                event("M-1", "meeting.cin_review", "CSC", "2018-05").details("{'rescheduled':true}")), asOf))
                .singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly("M-1", "A-2"));
    }
}
