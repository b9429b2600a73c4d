package org.chronology.projections.alerts;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapEngine;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.Severity;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The new entry makes a gap rule find a high-severity gap it did not find before: the findings refresher would
 * show it on a page within seconds, but nobody is looking at the page.
 */
@Component
public class NewHighSeverityFinding implements AlertRule {

    private static final AlertRuleInfo INFO = new AlertRuleInfo("NEW_HIGH_SEVERITY_FINDING",
            "A gap finding of high severity that cites the new entry and that the gap rules did not find before it.",
            "Whatever the gap rules read (see /api/v1/rules); the reason is the gap rule's name.",
            List.of(Recent.PARAMETER));

    private final GapEngine gaps;

    public NewHighSeverityFinding(GapEngine gaps) {
        this.gaps = gaps;
    }

    @Override
    public AlertRuleInfo info() {
        return INFO;
    }

    @Override
    public List<AlertSignal> judge(CaseFile file, CaseEvent recorded, LocalDate today, Parameters parameters) {
        if (!Recent.enough(file, recorded, today, parameters)) {
            return List.of();
        }
        List<Finding> citing = gaps.evaluate(file, today).stream().filter(f -> f.severity() == Severity.HIGH
                && f.evidence().contains(recorded.eventId())).toList();
        if (citing.isEmpty()) {
            return List.of();
        }
        // A finding the entry only adds evidence to (a fourth missed contact) was there before it: not new.
        List<Finding> before = gaps.evaluate(file.without(recorded), today);
        return citing.stream().filter(f -> before.stream().noneMatch(b -> b.rule().equals(f.rule())
                        && Objects.equals(b.date(), f.date())))
                .map(Finding::rule).distinct()
                .map(rule -> AlertSignal.of(this, rule, file.childId(), recorded)).toList();
    }
}
