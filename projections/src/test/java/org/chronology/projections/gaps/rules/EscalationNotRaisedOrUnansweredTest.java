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

class EscalationNotRaisedOrUnansweredTest {

    private final EscalationNotRaisedOrUnanswered rule = new EscalationNotRaisedOrUnanswered();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<Finding> findings(CaseFile file, LocalDate asOf) {
        return rule.evaluate(file, asOf, Parameters.defaults(rule));
    }

    // (a) disagreement without escalation

    @Test
    void firesWhenAPartnerDisagreesWithADecisionButDoesNotEscalate() {
        // Family T §5.62: FNP told CSC of its concerns about the pre-birth decision, informally only.
        var file = child().add(event("I-1", "info.shared", "FNP", "2018-02-05")
                .details("{'to':['CSC'],'concernAboutDecision':true}")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ESCALATION_NOT_RAISED_OR_UNANSWERED");
            assertThat(f.agencies()).containsExactly("FNP", "CSC");
            assertThat(f.evidence()).containsExactly("I-1");
            assertThat(f.explanation()).isEqualTo("FNP told CSC on 2018-02-05 (I-1) that it disagreed with a decision; "
                    + "no answer between 2018-02-05 and 2018-02-19 and no formal escalation followed.");
        });
    }

    @Test
    void staysSilentWhenThePartnerEscalates() {
        var file = child().add(
                event("I-1", "info.shared", "FNP", "2018-02-05").details("{'to':['CSC'],'concernAboutDecision':true}"),
                event("E-1", "escalation.raised", "FNP", "2018-02-12").details("{'to':'CSC'}"),
                event("R-1", "escalation.responded", "CSC", "2018-02-20").details("{'escalationEventId':'E-1'}")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void anotherAgencysEscalationDoesNotCount() {
        var file = child().add(
                event("I-1", "info.shared", "FNP", "2018-02-05").details("{'to':['CSC'],'concernAboutDecision':true}"),
                event("E-1", "escalation.raised", "SCHOOL", "2018-02-12").details("{'to':'CSC'}"),
                event("R-1", "escalation.responded", "CSC", "2018-02-20").details("{'to':['SCHOOL']}")).file();

        assertThat(findings(file, asOf)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("I-1"));
    }

    @Test
    void ignoresTheLeadAgencysOwnReservations() {
        var file = child().add(event("N-1", "info.shared", "CSC", "2018-02-05")
                .details("{'to':['MASH'],'concernAboutDecision':true}")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    @Test
    void anInformalEscalationNeedsAnAnswerOrAFormalOne() {
        var answered = child().add(
                event("E-1", "escalation.raised", "HV", "2018-02-05").details("{'to':['CSC'],'formalPolicyUsed':false}"),
                event("R-1", "info.shared", "CSC", "2018-02-09").details("{'to':['HV']}")).file();
        var formalised = child().add(
                event("E-1", "escalation.raised", "HV", "2018-02-05").details("{'to':['CSC'],'formalPolicyUsed':false}"),
                event("E-2", "escalation.raised", "HV", "2018-02-12").details("{'to':['CSC'],'formalPolicyUsed':true}"),
                event("R-2", "escalation.responded", "CSC", "2018-02-20").details("{'escalationEventId':'E-2'}")).file();
        var neither = child().add(
                event("E-1", "escalation.raised", "HV", "2018-02-05").details("{'to':['CSC'],'formalPolicyUsed':false}"),
                event("V-1", "visit.home", "CSC", "2018-02-09")).file();

        assertThat(findings(answered, asOf)).isEmpty();
        assertThat(findings(formalised, asOf)).isEmpty();
        assertThat(findings(neither, asOf)).singleElement().satisfies(f -> assertThat(f.explanation())
                .startsWith("HV told CSC on 2018-02-05 (E-1) that it disagreed, without using the escalation policy,"));
    }

    @Test
    void oneAgencysUnansweredEscalationsInARowMakeOneFinding() {
        var file = child().add(
                event("E-1", "escalation.raised", "HV", "2018-05-01").details("{'to':'CSC'}"),
                event("E-2", "escalation.raised", "HV", "2018-06-01").details("{'to':'CSC'}"),
                event("E-3", "escalation.raised", "SCHOOL", "2018-07-02").details("{'to':'CSC'}")).file();

        assertThat(findings(file, asOf)).extracting(Finding::evidence)
                .containsExactly(List.of("E-1", "E-2"), List.of("E-3"));
    }

    @Test
    void waitsUntilTheTimeToEscalateHasPassed() {
        var file = child().add(event("I-1", "info.shared", "FNP", "2018-02-05")
                .details("{'to':['CSC'],'concernAboutDecision':true}")).file();

        assertThat(findings(file, LocalDate.of(2018, 2, 19))).isEmpty();
        assertThat(findings(file, LocalDate.of(2018, 2, 20))).hasSize(1);
    }

    @Test
    void aMonthPreciseDisagreementMayBeEscalatedUntilTenWorkingDaysAfterTheMonthsEnd() {
        var file = child().add(
                event("I-1", "info.shared", "FNP", "2018-02").details("{'to':['CSC'],'concernAboutDecision':true}"),
                event("E-1", "escalation.raised", "FNP", "2018-03-14").details("{'to':'CSC'}"),
                event("R-1", "escalation.responded", "CSC", "2018-03-15")).file();

        assertThat(findings(file, asOf)).isEmpty();
    }

    // (b) escalation without answer

    @Test
    void firesWhenAnEscalationIsNotAnswered() {
        var file = child().add(event("E-1", "escalation.raised", "HV", "2018-05-01").details("{'to':'CSC'}")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.agencies()).containsExactly("HV", "CSC");
            assertThat(f.evidence()).containsExactly("E-1");
            assertThat(f.explanation()).isEqualTo("HV's escalation of 2018-05-01 (E-1) to CSC had no answer between "
                    + "2018-05-01 and 2018-05-16.");
        });
        // 7 May 2018 was a bank holiday: the tenth working day after 1 May is 16 May.
        assertThat(findings(file, LocalDate.of(2018, 5, 16))).isEmpty();
        assertThat(findings(file, LocalDate.of(2018, 5, 17))).hasSize(1);
    }

    @Test
    void staysSilentWhenTheTargetAnswers() {
        var responded = child().add(event("E-1", "escalation.raised", "HV", "2018-05-01").details("{'to':'CSC'}"),
                event("R-1", "escalation.responded", "CSC", "2018-05-10")).file();
        var wrote = child().add(event("E-1", "escalation.raised", "HV", "2018-05-01").details("{'to':'CSC'}"),
                event("R-1", "info.shared", "CSC", "2018-05-10").details("{'to':['HV']}")).file();
        var statedOnTheEscalation = child().add(event("E-1", "escalation.raised", "HV", "2018-05-01")
                .details("{'to':'CSC','respondedAt':'2018-05-08'}")).file();

        assertThat(findings(responded, asOf)).isEmpty();
        assertThat(findings(wrote, asOf)).isEmpty();
        assertThat(findings(statedOnTheEscalation, asOf)).isEmpty();
    }

    @Test
    void firesWhenTheEscalationIsRecordedAsAnsweredLate() {
        // Child O §5.2: the health visitor's formal request was answered five months later.
        var file = child().add(event("E-1", "escalation.raised", "HV", "2018-05")
                .details("{'to':'CSC','formalPolicyUsed':true,'respondedAt':'2018-10'}")).file();

        assertThat(findings(file, asOf)).singleElement().satisfies(f -> {
            assertThat(f.occurredAt()).isEqualTo("2018-05");
            assertThat(f.explanation()).contains("(answered only on 2018-10)");
        });
    }
}
