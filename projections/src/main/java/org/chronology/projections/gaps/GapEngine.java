package org.chronology.projections.gaps;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every gap rule over a case file as it stood on a date. Parameters are each rule's defaults overridden
 * by configuration, checked once at start-up. A rule that fails is logged and skipped: one faulty rule must not
 * hide the others' findings.
 */
public class GapEngine {

    private static final Logger log = LoggerFactory.getLogger(GapEngine.class);
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::date).thenComparing(Finding::rule);

    private final List<GapRule> rules;
    private final Map<String, Parameters> parameters = new LinkedHashMap<>();
    /** Time each rule takes, in the registry the service exposes (Micrometer's global one). */
    private final Map<String, Timer> timers = new LinkedHashMap<>();

    public GapEngine(List<GapRule> rules, Map<String, Map<String, String>> overrides) {
        this.rules = rules.stream().sorted(Comparator.comparing(GapRule::name)).toList();
        for (String configured : overrides.keySet()) {
            if (rules.stream().noneMatch(rule -> rule.name().equals(configured))) {
                throw new IllegalArgumentException("chronology.rules." + configured + " names no rule");
            }
        }
        for (GapRule rule : this.rules) {
            parameters.put(rule.name(), new Parameters(rule.name(), rule.parameters(),
                    overrides.getOrDefault(rule.name(), Map.of())));
            timers.put(rule.name(), Timer.builder("chronology.rules.evaluation").tag("rule", rule.name())
                    .description("Time to evaluate one gap rule over one case file").register(Metrics.globalRegistry));
        }
    }

    public List<GapRule> rules() {
        return rules;
    }

    public Parameters parameters(GapRule rule) {
        return parameters.get(rule.name());
    }

    public List<Finding> evaluate(CaseFile file, LocalDate asOf) {
        CaseFile asItStood = file.asOf(asOf);
        List<Finding> findings = new ArrayList<>();
        for (GapRule rule : rules) {
            try {
                findings.addAll(timers.get(rule.name())
                        .record(() -> rule.evaluate(asItStood, asOf, parameters.get(rule.name()))));
            } catch (RuntimeException e) {
                log.error("Gap rule {} failed for a case file; its findings are left out", rule.name(), e);
            }
        }
        findings.sort(ORDER);
        return findings;
    }
}
