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

class UnbornReferralDelayTest {

    private final UnbornReferralDelay rule = new UnbornReferralDelay();
    private final LocalDate asOf = LocalDate.of(2018, 6, 1);

    private List<Finding> evaluate(TestCase file, LocalDate asOf) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    /** Mother M1, herself looked after, is known to children's social care. */
    private static TestCase.Event motherLooked() {
        return event("L-1", "lac.review", "CSC", "2017-01-10").children("M1");
    }

    private static TestCase.Event pregnancy(String id, String date) {
        return event(id, "health.pregnancy_confirmed", "MW", date).children("U1", "M1").details("{'unborn':true}");
    }

    private static TestCase.Event referral(String id, String date) {
        return event(id, "referral.made", "MW", date).children("U1", "M1").details("{'referredTo':'CSC'}");
    }

    @Test
    void firesWhenTheReferralComesMoreThanFourteenDaysAfterHealthKnew() {
        List<Finding> findings = evaluate(child("U1").add(motherLooked(), pregnancy("P-1", "2017-09-04"),
                referral("R-1", "2017-10-20")), asOf);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("UNBORN_REFERRAL_DELAY");
            assertThat(f.evidence()).containsExactly("P-1", "R-1", "L-1");
            assertThat(f.agencies()).containsExactly("MW");
            assertThat(f.explanation()).contains("2017-09-04", "M1", "14 days", "2017-10-20");
        });
    }

    @Test
    void staysSilentWhenReferredInTime() {
        assertThat(evaluate(child("U1").add(motherLooked(), pregnancy("P-1", "2017-09-04"),
                referral("R-1", "2017-09-18")), asOf)).isEmpty();
        // The lead agency already knew: a pre-birth assessment under way before health learnt of the pregnancy.
        assertThat(evaluate(child("U1").add(motherLooked(),
                event("A-1", "assessment.started", "CSC", "2017-09-01").children("U1", "M1")
                        .details("{'kind':'pre_birth'}"),
                pregnancy("P-1", "2017-09-04")), asOf)).isEmpty();
    }

    @Test
    void staysSilentWhenNoParentHasARiskMarker() {
        assertThat(evaluate(child("U1").add(event("G-1", "appointment.attended", "GP", "2016-05-01").adults("A1")
                        .children("S1"),
                event("P-1", "health.pregnancy_confirmed", "MW", "2017-09-04").children("U1").adults("A1")), asOf))
                .isEmpty();
        // An unborn twin has no history of its own and is not a parent.
        assertThat(evaluate(child("U1").add(event("P-1", "health.pregnancy_confirmed", "MW", "2017-09-04")
                .children("U1", "U2").adults("A1")), asOf)).isEmpty();
    }

    @Test
    void firesForAParentUnderEighteen() {
        assertThat(evaluate(child("U1").add(event("P-1", "hospital.ed_attendance", "ED", "2017-09-04")
                .children("U1").adults("A1").details("{'gestationWeeks':12,'parentUnder18':true}")), asOf))
                .singleElement().satisfies(f -> {
                    assertThat(f.evidence()).containsExactly("P-1");
                    assertThat(f.agencies()).containsExactly("ED");
                    assertThat(f.explanation()).contains("under 18");
                });
        // A parent listed among the children, already in the record, is under 18.
        assertThat(evaluate(child("U1").add(event("S-1", "appointment.attended", "SCHOOL", "2016-05-01")
                        .children("M1"),
                pregnancy("P-1", "2017-09-04")), asOf)).hasSize(1);
    }

    @Test
    void readsAMonthPrecisionPregnancyGenerously() {
        // Known in September 2017: a referral is due by 14 October (30 September + 14 days).
        assertThat(evaluate(child("U1").add(motherLooked(), pregnancy("P-1", "2017-09"),
                referral("R-1", "2017-10-12")), asOf)).isEmpty();
        var file = child("U1").add(motherLooked(), pregnancy("P-1", "2017-09"));
        assertThat(evaluate(file, LocalDate.of(2017, 10, 14))).isEmpty();
        assertThat(evaluate(file, LocalDate.of(2017, 10, 15))).hasSize(1);
    }

    @Test
    void onlyHealthKnowledgeCountsAndOnlyForTheUnbornChild() {
        assertThat(evaluate(child("U1").add(motherLooked(),
                event("P-1", "health.pregnancy_confirmed", "K2", "2017-09-04").children("U1", "M1")), asOf)).isEmpty();
        // In the mother's own file she is not the unborn child.
        assertThat(evaluate(child("M1").add(motherLooked(), pregnancy("P-1", "2017-09-04")), asOf)).isEmpty();
    }
}
