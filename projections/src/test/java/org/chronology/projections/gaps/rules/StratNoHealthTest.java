package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Parameters;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

class StratNoHealthTest {

    private final StratNoHealth rule = new StratNoHealth();
    private final LocalDate asOf = LocalDate.of(2019, 1, 1);

    @Test
    void firesWhenNoHealthAgencyIsInvited() {
        var file = child().add(event("S-1", "strategy.meeting", "CSC", "2018-03-05")
                .details("{'invited':['CSC','POLICE'],'attended':['CSC']}")).file();

        List<Finding> findings = rule.evaluate(file, asOf, Parameters.defaults(rule));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("STRAT_NO_HEALTH");
            assertThat(f.evidence()).containsExactly("S-1");
            assertThat(f.occurredAt()).isEqualTo("2018-03-05");
        });
    }

    @Test
    void staysSilentWhenHealthIsInvited() {
        var file = child().add(event("S-1", "strategy.discussion", "CSC", "2018-03")
                .details("{'invited':['CSC','POLICE','HV']}")).file();

        assertThat(rule.evaluate(file, asOf, Parameters.defaults(rule))).isEmpty();
    }

    @Test
    void staysSilentWhenInviteesAreNotStated() {
        var file = child().add(event("S-1", "strategy.meeting", "CSC", "2018-03")).file();

        assertThat(rule.evaluate(file, asOf, Parameters.defaults(rule))).isEmpty();
    }

    @Test
    void firesWhenTheMeetingStatesHealthWasNotPresent() {
        var file = child().add(event("S-1", "strategy.meeting", "CSC", "2019-01")
                .details("{'healthPresent':false}")).file();

        assertThat(rule.evaluate(file, asOf, Parameters.defaults(rule))).extracting(Finding::evidence)
                .containsExactly(List.of("S-1"));
    }
}
