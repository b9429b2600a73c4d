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

class MultipleServiceReferralsTest {

    private final MultipleServiceReferrals rule = new MultipleServiceReferrals();
    private final LocalDate asOf = LocalDate.of(2020, 12, 31);

    private List<Finding> evaluate(TestCase file) {
        return rule.evaluate(file.file(), asOf, Parameters.defaults(rule));
    }

    private static TestCase.Event referral(String id, String date, String to, String concerns) {
        return event(id, "referral.made", "GP", date).details("{'referredTo':'" + to + "','concerns':" + concerns + "}");
    }

    @Test
    void givenThreeServicesReferredToForTheSameNeedWithinSixtyDays_thenItFiresOnTheThird() {
        assertThat(evaluate(child().add(referral("R-1", "2019-02-04", "CAMHS", "['mental_health']"),
                referral("R-2", "2019-02-25", "HV", "['mental_health']"),
                referral("R-3", "2019-03-18", "K2", "['mental_health','housing']")))).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("MULTIPLE_SERVICE_REFERRALS");
                    assertThat(f.evidence()).containsExactly("R-3", "R-1", "R-2");
                    assertThat(f.agencies()).containsExactly("CAMHS", "HV", "K2");
                    assertThat(f.explanation()).startsWith("3 referrals to 3 different services (CAMHS, HV, K2) "
                            + "for mental health within 60 days");
                });
    }

    @Test
    void givenDifferentNeeds_thenSilent() {
        assertThat(evaluate(child().add(referral("R-1", "2019-02-04", "CAMHS", "['mental_health']"),
                referral("R-2", "2019-02-25", "HV", "['neglect']"),
                referral("R-3", "2019-03-18", "K2", "['housing']")))).isEmpty();
    }

    @Test
    void givenTheSameServiceAgainOrTheLeadAgency_thenTheyAreNotDifferentServices() {
        assertThat(evaluate(child().add(referral("R-1", "2019-02-04", "CAMHS", "['mental_health']"),
                referral("R-2", "2019-02-25", "CAMHS", "['mental_health']"),
                referral("R-3", "2019-03-18", "MASH", "['mental_health']")))).isEmpty();
    }

    @Test
    void givenNoConcernsStated_thenServicesOfOneSectorStandForTheNeed() {
        assertThat(evaluate(child().add(event("R-1", "referral.made", "GP", "2019-02-04").details("{'referredTo':'HV'}"),
                event("R-2", "referral.made", "GP", "2019-02-11").details("{'referredTo':'MW'}"),
                event("R-3", "referral.made", "GP", "2019-02-18").details("{'referredTo':'FNP'}")))).hasSize(1);
    }

    @Test
    void givenMonthPreciseReferralsThatMaySpanMoreThanSixtyDays_thenSilent() {
        assertThat(evaluate(child().add(referral("R-1", "2019-02", "CAMHS", "['mental_health']"),
                referral("R-2", "2019-03", "HV", "['mental_health']"),
                referral("R-3", "2019-04", "K2", "['mental_health']")))).isEmpty();
    }
}
