package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.Parameter;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.RuleInfo;
import org.chronology.projections.gaps.Severity;
import org.chronology.projections.gaps.Span;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** domain.md §c rule 14; motivated by Child O §7.3.3 and §7.7.3 (pre-birth assessment uploaded 18 months late). */
@Component
public class RecordingDelay implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("RECORDING_DELAY", Category.TIMESCALE,
            "An entry about the child was recorded more than N after it happened. Measured generously from the "
                + "last day the entry's date allows to its recordedAt (as a UTC date). A gap longer than H is read as "
                + "a historical import (a review loading past events), not as a recording delay. A record.entered "
                + "entry states a late record directly: details.recordingDelayDays or details.recordingDelayMonths "
                + "(a number), or details.refersTo naming an entry in the file, measured from that entry's last "
                + "possible day to the first possible day of the record.entered; these statements are not subject "
                + "to H. At most one finding per entry.",
            "An entry about the child was recorded more than N after it happened. Measured generously from the "
                + "last day the entry's date allows to its recordedAt (as a UTC date). A gap longer than H is read as "
                + "a historical import (a review loading past events), not as a recording delay. A record.entered "
                + "entry states a late record directly: details.recordingDelayDays or details.recordingDelayMonths "
                + "(a number), or details.refersTo naming an entry in the file, measured from that entry's last "
                + "possible day to the first possible day of the record.entered; these statements are not subject "
                + "to H. At most one finding per entry.",
            List.of(new Parameter("N", "30d", "longest acceptable time from an event to its record"),
                new Parameter("H", "2y", "history horizon: longer gaps are historical imports, not delays")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span limit = parameters.span("N");
        Span horizon = parameters.span("H");
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent event : file.own()) {
            Optional<Finding> stated = event.is("record.entered") ? stated(file, event, limit) : Optional.empty();
            if (stated.isPresent()) {
                findings.add(stated.get());
                continue;
            }
            LocalDate recorded = LocalDate.ofInstant(event.recordedAt(), ZoneOffset.UTC);
            LocalDate due = limit.after(event.latest(), file.calendar());
            if (recorded.isAfter(due) && asOf.isAfter(due)
                    && !recorded.isAfter(horizon.after(event.latest(), file.calendar()))) {
                long days = ChronoUnit.DAYS.between(event.latest(), recorded);
                findings.add(Finding.of(this, Severity.MEDIUM, event, List.of(event.recordingAgency()),
                        List.of(event.eventId()), "The " + Explanations.type(event) + " of " + event.when()
                                + " was recorded by " + event.recordingAgency() + " on " + recorded + ", " + days
                                + " days after the last day it can have happened (limit " + limit.describe() + ")."));
            }
        }
        return findings;
    }

    /** A record.entered entry that states its own delay, or names the entry it records. */
    private Optional<Finding> stated(CaseFile file, CaseEvent entry, Span limit) {
        Integer days = entry.number("recordingDelayDays");
        Integer months = entry.number("recordingDelayMonths");
        if (days != null || months != null) {
            LocalDate happened = days != null ? entry.earliest().minusDays(days) : entry.earliest().minusMonths(months);
            if (entry.earliest().isAfter(limit.after(happened, file.calendar()))) {
                String delay = days != null ? days + " days" : months + " months";
                return Optional.of(Finding.of(this, Severity.MEDIUM, entry, List.of(entry.recordingAgency()),
                        List.of(entry.eventId()), entry.recordingAgency() + " states that the record entered on "
                                + entry.when() + " was made " + delay + " after the event (limit "
                                + limit.describe() + ")."));
            }
            return Optional.empty();
        }
        String refersTo = entry.text("refersTo");
        if (refersTo == null) {
            return Optional.empty();
        }
        return file.events().stream().filter(e -> e.eventId().equals(refersTo) && e != entry).findFirst()
                .filter(original -> entry.earliest().isAfter(limit.after(original.latest(), file.calendar())))
                .map(original -> Finding.of(this, Severity.MEDIUM, entry, List.of(entry.recordingAgency()),
                        List.of(entry.eventId(), original.eventId()), "The " + Explanations.type(original) + " of "
                                + original.when() + " was entered in " + entry.recordingAgency() + "'s record only on "
                                + entry.when() + ", more than " + limit.describe() + " later."));
    }
}
