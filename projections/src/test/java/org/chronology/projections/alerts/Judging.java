package org.chronology.projections.alerts;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.TestCase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Judges the entry {@code eventId} of a test case as just recorded, on {@link #TODAY}, with a rule's defaults. */
final class Judging {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private Judging() {
    }

    static List<AlertSignal> judge(AlertRule rule, TestCase testCase, String eventId) {
        return judge(rule, testCase, eventId, Map.of());
    }

    static List<AlertSignal> judge(AlertRule rule, TestCase testCase, String eventId, Map<String, String> overrides) {
        CaseFile file = testCase.file();
        CaseEvent recorded = file.events().stream().filter(e -> e.eventId().equals(eventId)).findFirst().orElseThrow();
        return rule.judge(file, recorded, TODAY, new Parameters(rule.name(), rule.parameters(), overrides));
    }
}
