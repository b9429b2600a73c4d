package org.chronology.projections.alerts;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a newly recorded entry by every alert rule, with each rule's defaults overridden by configuration
 * ({@code chronology.alerts.rules.<RULE>.<parameter>}), checked once at start-up. A rule that fails is logged and
 * skipped, as a gap rule is: one faulty rule must not silence the others.
 */
public class AlertRules {

    private static final Logger log = LoggerFactory.getLogger(AlertRules.class);

    private final List<AlertRule> rules;
    private final Map<String, Parameters> parameters = new LinkedHashMap<>();

    public AlertRules(List<AlertRule> rules, Map<String, Map<String, String>> overrides) {
        this.rules = rules.stream().sorted(Comparator.comparing(AlertRule::name)).toList();
        overrides.keySet().stream().filter(name -> rules.stream().noneMatch(r -> r.name().equals(name))).findFirst()
                .ifPresent(name -> {
                    throw new IllegalArgumentException("chronology.alerts.rules." + name + " names no alert rule");
                });
        for (AlertRule rule : this.rules) {
            parameters.put(rule.name(), new Parameters(rule.name(), rule.parameters(),
                    overrides.getOrDefault(rule.name(), Map.of())));
        }
    }

    public List<AlertRule> rules() {
        return rules;
    }

    public Parameters parameters(AlertRule rule) {
        return parameters.get(rule.name());
    }

    /**
     * The earliest day an entry can have happened on and still alert on {@code today}: the longest of the rules'
     * {@code recent} spans before it. An older entry needs no case file read.
     */
    public LocalDate earliestAlerting(LocalDate today, WorkingCalendar calendar) {
        LocalDate earliest = today;
        for (AlertRule rule : rules) {
            Parameters values = parameters.get(rule.name());
            LocalDate from = values.asMap().containsKey(Recent.PARAMETER.name())
                    ? values.span(Recent.PARAMETER.name()).before(today, calendar) : LocalDate.MIN;
            earliest = from.isBefore(earliest) ? from : earliest;
        }
        return earliest;
    }

    /** The alerts one rule, {@code rule}, finds {@code recorded} calls for. */
    public List<AlertSignal> judge(String rule, CaseFile file, CaseEvent recorded, LocalDate today) {
        return rules.stream().filter(r -> r.name().equals(rule)).findFirst()
                .map(r -> r.judge(file, recorded, today, parameters.get(r.name()))).orElse(List.of());
    }

    /** The alerts {@code recorded}, an entry of {@code file}, calls for on {@code today}. */
    public List<AlertSignal> judge(CaseFile file, CaseEvent recorded, LocalDate today) {
        List<AlertSignal> signals = new ArrayList<>();
        for (AlertRule rule : rules) {
            try {
                signals.addAll(rule.judge(file, recorded, today, parameters.get(rule.name())));
            } catch (RuntimeException e) {
                log.error("Alert rule {} failed for entry {}; its alerts are left out", rule.name(),
                        recorded.eventId(), e);
            }
        }
        return signals;
    }
}
