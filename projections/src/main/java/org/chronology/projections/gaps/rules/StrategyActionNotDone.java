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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * domain.md §c rule 31; motivated by Family T Tbl Mar-2018 and Apr-2018 against §5.47 (the strategy meeting and then
 * the NNU MDT both set a discharge planning meeting; none was held before the twins went home).
 */
@Component
public class StrategyActionNotDone implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("STRATEGY_ACTION_NOT_DONE", Category.TIMESCALE,
            "A meeting (strategy discussion, conference, professionals', discharge planning, MDT, CIN review or core "
                + "group) records an action, as the kind of entry that should follow, and no such entry for the child "
                + "or household can have happened from the meeting to its due date: the meeting's actionsDue; for a "
                + "discharge planning meeting, the child's next discharge from hospital (the milestone it must come "
                + "before); otherwise N after the meeting. Near kinds count (a strategy meeting for a strategy "
                + "discussion, the PLO or a court application for a legal planning meeting, a meeting with the family "
                + "for informing it, a completed assessment for one started). Fires once the due date has passed or "
                + "the milestone happened. Later meetings that set the same undone action join the first one's "
                + "finding.",
            "details.actions (codes of the kinds of entry expected, e.g. meeting.discharge_planning, "
                + "legal.planning_meeting, conference.initial) and details.actionsDue on strategy discussions and "
                + "meetings, conferences and meetings; the entries of those kinds for the child and household with "
                + "their dates; hospital.discharge of the child.",
            List.of(new Parameter("N", "15wd", "time after the meeting within which an action with no due date is done (design)")));

    /** Kinds of entry that also carry out an action of a given kind. */
    private static final Map<String, Set<String>> ALSO = Map.of(
            "strategy.discussion", Set.of("strategy.meeting"),
            "strategy.meeting", Set.of("strategy.discussion"),
            "legal.planning_meeting", Set.of("legal.plo_started", "court.application"),
            "legal.plo_started", Set.of("court.application"),
            "assessment.started", Set.of("assessment.completed"),
            "family.informed", Set.of("meeting.with_family"),
            "meeting.professionals", Set.of("meeting.discharge_planning", "meeting.mdt"),
            "conference.review", Set.of("conference.initial"));
    private static final Set<String> PROTECTIVE = Set.of("strategy.discussion", "strategy.meeting", "s47.started",
            "medical.cp_medical", "medical.imaging", "police.notified");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("meeting.discharge_planning", "a discharge planning meeting"),
            Map.entry("legal.planning_meeting", "a legal planning meeting"),
            Map.entry("conference.initial", "an initial child protection conference"),
            Map.entry("conference.review", "a review child protection conference"),
            Map.entry("family.informed", "informing the family"),
            Map.entry("strategy.discussion", "a strategy discussion"),
            Map.entry("s47.started", "a section 47 enquiry"),
            Map.entry("medical.cp_medical", "a child protection medical"),
            Map.entry("assessment.started", "an assessment"),
            Map.entry("meeting.professionals", "a professionals' meeting"),
            Map.entry("meeting.core_group", "a core group meeting"),
            Map.entry("meeting.cin_review", "a child in need review"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        Map<String, List<Undone>> byAction = new LinkedHashMap<>();
        for (CaseEvent meeting : file.own(Partners.MEETINGS)) {
            for (String action : meeting.strings("actions")) {
                Optional<Due> due = due(file, meeting, action, within, asOf);
                if (due.isEmpty() || done(file, meeting, action, due.get().day)) {
                    continue;
                }
                List<Undone> undone = byAction.computeIfAbsent(action, a -> new ArrayList<>());
                Undone last = undone.isEmpty() ? null : undone.get(undone.size() - 1);
                if (last != null && !done(file, last.meetings.get(0), action, meeting.latest())) {
                    last.meetings.add(meeting);
                    last.due = due.get();
                } else {
                    undone.add(new Undone(action, meeting, due.get()));
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        byAction.values().forEach(list -> list.forEach(u -> findings.add(finding(u))));
        findings.sort(Comparator.comparing(Finding::date));
        return findings;
    }

    private Finding finding(Undone undone) {
        CaseEvent first = undone.meetings.get(0);
        List<String> evidence = new ArrayList<>();
        undone.meetings.forEach(m -> evidence.add(m.eventId()));
        String words = WORDS.getOrDefault(undone.action, "'" + undone.action + "'");
        String sentence = "The " + Explanations.type(first) + " of " + first.when() + " (" + first.eventId() + ", "
                + first.agency() + ") set " + words + " as an action, and none was recorded between "
                + first.earliest() + " and " + undone.due.describe();
        if (undone.due.milestone != null) {
            evidence.add(undone.due.milestone.eventId());
        }
        if (undone.meetings.size() > 1) {
            List<String> again = new ArrayList<>();
            undone.meetings.subList(1, undone.meetings.size())
                    .forEach(m -> again.add("the " + Explanations.type(m) + " of " + m.when() + " (" + m.eventId() + ")"));
            sentence += "; " + Explanations.list(again, "and") + " set it again";
        }
        Severity severity = PROTECTIVE.contains(undone.action) ? Severity.HIGH : Severity.MEDIUM;
        return Finding.of(this, severity, first, first.agencies(), evidence, sentence + ".");
    }

    /** When the action is due, once that has come by {@code asOf}; empty while it is not yet due. */
    private static Optional<Due> due(CaseFile file, CaseEvent meeting, String action, Span within, LocalDate asOf) {
        Optional<LocalDate> stated = lastDay(meeting.text("actionsDue"));
        if (stated.isPresent()) {
            return asOf.isAfter(stated.get()) ? Optional.of(new Due(stated.get(), null)) : Optional.empty();
        }
        if (action.equals("meeting.discharge_planning")) {
            return file.own("hospital.discharge").stream().filter(e -> !e.latest().isBefore(meeting.earliest()))
                    .findFirst().map(discharge -> new Due(discharge.latest(), discharge));
        }
        LocalDate day = within.after(meeting.latest(), file.calendar());
        return asOf.isAfter(day) ? Optional.of(new Due(day, null)) : Optional.empty();
    }

    /** Whether an entry of the action's kind can have happened from the meeting to {@code by}. */
    private static boolean done(CaseFile file, CaseEvent meeting, String action, LocalDate by) {
        List<String> kinds = new ArrayList<>(ALSO.getOrDefault(action, Set.of()));
        kinds.add(action);
        return Partners.within(file.events(kinds.toArray(String[]::new)), meeting.earliest(), by).stream()
                .anyMatch(e -> e != meeting);
    }

    /** The last day a vocabulary date ({@code 2018-04-16}, {@code 2018-04}, {@code 2018}) can mean. */
    private static Optional<LocalDate> lastDay(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (text.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(text), 12, 31);
                case 7 -> YearMonth.parse(text).atEndOfMonth();
                default -> LocalDate.parse(text);
            });
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The day an action is due by, and the milestone that set it, if any. */
    private record Due(LocalDate day, CaseEvent milestone) {
        String describe() {
            return milestone == null ? day + ", when it was due"
                    : "the " + Explanations.type(milestone) + " of " + milestone.when() + " (" + milestone.eventId() + ")";
        }
    }

    /** An action set and not done, with the later meetings that set it again. */
    private static final class Undone {
        final String action;
        final List<CaseEvent> meetings = new ArrayList<>();
        Due due;

        Undone(String action, CaseEvent meeting, Due due) {
            this.action = action;
            this.meetings.add(meeting);
            this.due = due;
        }
    }
}
