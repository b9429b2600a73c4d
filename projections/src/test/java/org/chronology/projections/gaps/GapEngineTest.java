package org.chronology.projections.gaps;

import org.chronology.projections.gaps.rules.StratNoHealth;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

class GapEngineTest {

    /** A rule with one parameter, to see configuration reach it. */
    private static final GapRule WINDOWED = new GapRule() {
        public RuleInfo info() {
            return new RuleInfo("TEST_WINDOW", Category.TIMESCALE, "fires with the configured window in its explanation",
                    "any entry", List.of(new Parameter("W", "90d", "window")));
        }

        public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
            return file.own().stream().map(e -> Finding.of(this, Severity.LOW, e, List.of(e.agency()),
                    List.of(e.eventId()), parameters.span("W").describe())).toList();
        }
    };

    @Test
    void configuredParametersReplaceTheDefaults() {
        GapEngine engine = new GapEngine(List.of(WINDOWED), Map.of("TEST_WINDOW", Map.of("W", "10wd")));
        var file = child().add(event("E-1", "visit.home", "HV", "2018-03-05")).file();

        assertThat(engine.evaluate(file, LocalDate.of(2019, 1, 1))).singleElement()
                .extracting(Finding::explanation).isEqualTo("10 working days");
    }

    @Test
    void misconfigurationStopsStartUp() {
        assertThatThrownBy(() -> new GapEngine(List.of(WINDOWED), Map.of("TEST_WINDOW", Map.of("W", "ten days"))))
                .hasMessageContaining("not a span");
        assertThatThrownBy(() -> new GapEngine(List.of(WINDOWED), Map.of("TEST_WINDOW", Map.of("X", "3"))))
                .hasMessageContaining("has no parameter X");
        assertThatThrownBy(() -> new GapEngine(List.of(WINDOWED), Map.of("NO_SUCH_RULE", Map.of())))
                .hasMessageContaining("names no rule");
    }

    @Test
    void eventsAfterTheAsOfDateDoNotExistForTheRules() {
        GapEngine engine = new GapEngine(List.of(new StratNoHealth()), Map.of());
        var file = child().add(event("S-1", "strategy.meeting", "CSC", "2018-05-02")
                .details("{'invited':['CSC']}")).file();

        assertThat(engine.evaluate(file, LocalDate.of(2018, 5, 1))).isEmpty();
        assertThat(engine.evaluate(file, LocalDate.of(2018, 5, 2))).hasSize(1);
    }
}
