package org.chronology.api.gaps;

import org.chronology.projections.gaps.GapEngine;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.rules.StratNoHealth;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule parameters change with configuration alone, under the names an operator would write. */
class RulesConfigurationTest {

    private final RulesConfiguration configuration = new RulesConfiguration();

    @Test
    void yamlAndEnvironmentStyleNamesBothReachTheRule() {
        List<GapRule> rules = List.of(new org.chronology.projections.gaps.rules.SwTurnover());
        GapEngine fromYaml = configuration.gapEngine(rules,
                new MockEnvironment().withProperty("chronology.rules.SW_TURNOVER.W", "60d"));
        GapEngine fromEnvironment = configuration.gapEngine(rules,
                new MockEnvironment().withProperty("chronology.rules.swturnover.k", "4"));

        assertThat(fromYaml.parameters(rules.get(0)).value("W")).isEqualTo("60d");
        assertThat(fromEnvironment.parameters(rules.get(0)).value("K")).isEqualTo("4");
    }

    @Test
    void anUnknownRuleStopsStartUp() {
        assertThatThrownBy(() -> configuration.gapEngine(List.of(new StratNoHealth()),
                new MockEnvironment().withProperty("chronology.rules.NO_SUCH_RULE.N", "1wd")))
                .hasMessageContaining("names no rule");
    }
}
