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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** domain.md §c rule 14; motivated by Child O §7.3.3 and §7.7.3 (pre-birth assessment uploaded 18 months late). */
@Component
public class RecordingDelay implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("RECORDING_DELAY", Category.TIMESCALE,
            "An agency recorded an entry about the child more than N after it happened, although it was already "
                + "recording the household's entries by then; or a record.entered says that an entry in the file "
                + "was entered more than N after it happened. An agency whose first entry for the household came "
                + "after the deadline was loading its history, not recording late, so a chronology loaded for a "
                + "review makes no finding. Measured generously, from the last day the entry's date allows. One "
                + "finding per agency and recording day (a backlog entered at once is one episode), pointing at "
                + "its oldest entry; only entries recorded by the as-of date count.",
            "Every entry's date (occurredAt and its precision) and recordedAt (the service's clock when the agency "
                + "recorded it), and its recording agency; record.entered with details.refersTo (the eventId of the "
                + "entry recorded late).",
            List.of(new Parameter("N", "30d", "longest acceptable time from an event to its record")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span limit = parameters.span("N");
        Map<String, LocalDate> firstRecorded = new HashMap<>();
        Map<String, CaseEvent> byId = new HashMap<>();
        for (CaseEvent event : file.events()) {
            firstRecorded.merge(event.recordingAgency(), recorded(event), (a, b) -> a.isBefore(b) ? a : b);
            byId.put(event.eventId(), event);
        }
        Map<String, List<CaseEvent>> backlogs = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent event : file.own()) {
            LocalDate recorded = recorded(event);
            if (recorded.isAfter(asOf)) {
                continue;
            }
            LocalDate due = limit.after(event.latest(), file.calendar());
            if (recorded.isAfter(due) && !firstRecorded.get(event.recordingAgency()).isAfter(due)) {
                backlogs.computeIfAbsent(event.recordingAgency() + " " + recorded, k -> new ArrayList<>()).add(event);
            }
            CaseEvent original = event.is("record.entered") && event.text("refersTo") != null
                    ? byId.get(event.text("refersTo")) : null;
            if (original != null && original != event
                    && event.earliest().isAfter(limit.after(original.latest(), file.calendar()))) {
                findings.add(Finding.of(this, Severity.MEDIUM, event, List.of(event.recordingAgency()),
                        List.of(event.eventId(), original.eventId()), "The " + Explanations.type(original) + " of "
                                + original.when() + " was entered in " + event.recordingAgency() + "'s record only on "
                                + event.when() + ", more than " + limit.describe() + " later."));
            }
        }
        backlogs.values().forEach(late -> findings.add(backlog(late, limit)));
        return findings;
    }

    private Finding backlog(List<CaseEvent> late, Span limit) {
        CaseEvent oldest = late.get(0);
        String agency = oldest.recordingAgency();
        LocalDate recorded = recorded(oldest);
        long days = ChronoUnit.DAYS.between(oldest.latest(), recorded);
        String what = late.size() == 1 ? "the " + Explanations.type(oldest) + " of " + oldest.when()
                : late.size() + " entries dated from " + oldest.when() + " (" + Explanations.entries(late) + ")";
        return Finding.of(this, Severity.MEDIUM, oldest, List.of(agency),
                late.stream().map(CaseEvent::eventId).toList(), agency + " recorded " + what + " on " + recorded
                        + ", up to " + days + " days after " + (late.size() == 1 ? "it" : "they")
                        + " happened (limit " + limit.describe() + "), although it was recording the household's "
                        + "entries by then.");
    }

    private static final long SECONDS_PER_DAY = 86_400;

    private static LocalDate recorded(CaseEvent event) {
        // The UTC day from the epoch second: LocalDate.ofInstant builds zone rules on every call.
        return LocalDate.ofEpochDay(Math.floorDiv(event.recordedAt().getEpochSecond(), SECONDS_PER_DAY));
    }
}
