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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * domain.md §c rule 45; motivated by Child O §7.6.4-7.6.5 and LP10 (child in need reviews without partners) and
 * Family T §5.45, §5.54-5.56 (a CIN meeting most practitioners missed; no professionals' meeting of all the agencies
 * though RU Safe and CAMHS tried to arrange one).
 */
@Component
public class CinReviewNotMultiagency implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("CIN_REVIEW_NOT_MULTIAGENCY", Category.INFORMATION_SHARING,
            "(a) A child in need review that is not multi-agency: it did not invite a partner agency active for the "
                + "child or household in the W before it; or partners were invited and none attended; or it was not "
                + "minuted, or its minutes were not circulated. One finding per review. (b) At least K agencies are "
                + "involved with the child or household at once (each has an entry in the W to some day t) and no "
                + "multi-agency meeting with children's social care or its front door can have been held from t to "
                + "W after it: one finding per such stretch, at the entry that made the K-th agency active, naming "
                + "the meeting that ended it. A meeting whose attendance is not recorded counts as multi-agency when "
                + "the lead agency convened it; a meeting of partners alone does not count.",
            "meeting.cin_review with details.invited, details.attended, details.minuted and "
                + "details.minutesCirculated; every agency's entries for the child and household with their dates; "
                + "strategy discussions, conferences and meetings with their convening agency and details.invited or "
                + "details.attended; agency sectors.",
            List.of(new Parameter("W", "60d", "how long agencies may work together without a multi-agency meeting"),
                new Parameter("K", "3", "how many agencies involved at once call for a multi-agency meeting")));

    /** Entries about the record itself (a person's particulars, a relationship), which show no work with the family. */
    private static final String[] RECORDS = {"person.recorded", "relationship.recorded"};

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span window = parameters.span("W");
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent review : file.own("meeting.cin_review")) {
            review(file, review, window).ifPresent(findings::add);
        }
        findings.addAll(noMeeting(file, asOf, window, parameters.count("K")));
        findings.sort(Comparator.comparing(Finding::date));
        return findings;
    }

    private Optional<Finding> review(CaseFile file, CaseEvent review, Span window) {
        List<String> problems = new ArrayList<>();
        List<String> evidence = new ArrayList<>(List.of(review.eventId()));
        Set<String> agencies = new LinkedHashSet<>();
        if (review.stated("invited")) {
            LocalDate day = review.earliest();
            Map<String, List<CaseEvent>> missing = Partners.leftOut(file, Partners.present(review),
                    window.before(day, file.calendar()), day);
            missing.keySet().removeIf(file::isLead);
            if (!missing.isEmpty()) {
                agencies.addAll(missing.keySet());
                problems.add("it did not invite " + Explanations.list(
                        Partners.describe(missing, "in the " + window.describe() + " before", evidence), "or"));
            }
        }
        if (review.stated("attended")) {
            Set<String> invitedPartners = Partners.named(review, "invited");
            invitedPartners.removeIf(a -> !Partners.partner(file, a));
            Set<String> attended = Partners.named(review, "attended");
            if (!invitedPartners.isEmpty() && attended.stream().noneMatch(a -> Partners.partner(file, a))) {
                problems.add("no partner attended (invited: " + String.join(", ", invitedPartners) + "; attended: "
                        + (attended.isEmpty() ? "none recorded" : String.join(", ", attended)) + ")");
            }
        }
        if (Boolean.FALSE.equals(review.flag("minuted"))) {
            problems.add("it was not minuted");
        } else if (Boolean.FALSE.equals(review.flag("minutesCirculated"))) {
            problems.add("its minutes were not circulated");
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        if (agencies.isEmpty()) {
            agencies.add(review.agency());
        }
        return Optional.of(Finding.of(this, Severity.MEDIUM, review, agencies, evidence,
                "The child in need review of " + review.when() + " (" + review.eventId() + ", " + review.agency()
                        + ") was not multi-agency: " + String.join("; ", problems) + "."));
    }

    /**
     * Stretches where K or more agencies worked with the household for W with no multi-agency meeting. The agencies
     * active in {@code [t-W, t]} are kept as a sliding window over the entries, so that a household of many entries
     * is judged in one pass: an entry enters on the last day it can have happened and leaves once it can no longer
     * lie within W of the day judged (an entry whose period is longer than W never surely lies in the window).
     */
    private List<Finding> noMeeting(CaseFile file, LocalDate asOf, Span window, int k) {
        List<CaseEvent> events = file.events();
        List<CaseEvent> meetings = file.events(Partners.MEETINGS).stream().filter(e -> convenedMeeting(file, e)).toList();
        // An entry of one day always lies within W; only a longer period needs its dates worked out.
        List<CaseEvent> byLatest = events.stream().filter(e -> !e.is(RECORDS) && (e.latest().equals(e.earliest())
                || !window.before(e.latest(), file.calendar()).isAfter(e.earliest())))
                .sorted(Comparator.comparing(CaseEvent::latest)).toList();
        List<CaseEvent> byEarliest = byLatest.stream().sorted(Comparator.comparing(CaseEvent::earliest)).toList();
        Map<String, Integer> counts = new HashMap<>();
        int entered = 0;
        int left = 0;
        List<Finding> findings = new ArrayList<>();
        LocalDate resumeAfter = LocalDate.MIN;
        LocalDate t = null;
        LocalDate until = null;
        LocalDate from = null;
        for (CaseEvent trigger : byLatest) {
            if (!trigger.latest().equals(t)) { // a busy day's entries share their window
                t = trigger.latest();
                until = window.after(t, file.calendar());
                from = window.before(t, file.calendar());
            }
            if (until.isAfter(asOf)) {
                break;
            }
            for (; entered < byLatest.size() && !byLatest.get(entered).latest().isAfter(t); entered++) {
                count(file, counts, byLatest.get(entered), 1);
            }
            for (; left < byEarliest.size() && byEarliest.get(left).earliest().isBefore(from); left++) {
                count(file, counts, byEarliest.get(left), -1);
            }
            if (!t.isAfter(resumeAfter) || counts.size() < k
                    || !trigger.anyAgency(a -> Partners.expected(file, a))) {
                continue;
            }
            LocalDate day = t;
            LocalDate last = until;
            Optional<CaseEvent> meeting = meetings.stream()
                    .filter(m -> !m.latest().isBefore(day) && !m.earliest().isAfter(last)).findFirst();
            if (meeting.isPresent()) {
                resumeAfter = meeting.get().latest();
                continue;
            }
            Optional<CaseEvent> next = meetings.stream().filter(m -> m.earliest().isAfter(last)).findFirst();
            resumeAfter = next.map(CaseEvent::latest).orElse(LocalDate.MAX);
            Map<String, CaseEvent> active = active(file, from, t);
            List<String> evidence = new ArrayList<>(List.of(trigger.eventId()));
            List<String> involved = new ArrayList<>();
            active.forEach((agency, latest) -> {
                evidence.add(latest.eventId());
                involved.add(agency + " (" + latest.eventId() + " " + latest.when() + ")");
            });
            String end = next.map(m -> "; the next was " + Partners.entry(m))
                    .orElse("; none is recorded by " + asOf);
            next.ifPresent(m -> evidence.add(m.eventId()));
            findings.add(Finding.of(this, Severity.MEDIUM, trigger, active.keySet(), evidence,
                    active.size() + " agencies were involved with the household in the " + window.describe() + " to "
                            + t + " (" + Explanations.list(involved, "and") + "), and no multi-agency meeting with "
                            + "the lead agency was held " + Partners.between(t, until) + end + "."));
        }
        return findings;
    }

    /** Adds ({@code 1}) or removes ({@code -1}) an entry's expected agencies from the window's counts. */
    private static void count(CaseFile file, Map<String, Integer> counts, CaseEvent event, int change) {
        for (String agency : event.agencies()) {
            if (Partners.expected(file, agency)) {
                counts.merge(agency, change, (a, b) -> a + b == 0 ? null : a + b);
            }
        }
    }

    /** Each expected agency with an entry surely dated in {@code [from, to]}, with its latest such entry. */
    private static Map<String, CaseEvent> active(CaseFile file, LocalDate from, LocalDate to) {
        Map<String, CaseEvent> active = new LinkedHashMap<>();
        for (CaseEvent event : file.dated(from, to)) {
            if (!event.is(RECORDS) && !event.latest().isAfter(to)) {
                event.agencies().stream().filter(a -> Partners.expected(file, a)).forEach(a -> {
                    active.remove(a);
                    active.put(a, event);
                });
            }
        }
        return active;
    }

    /**
     * A meeting with the lead agency and a partner: convened by the lead agency (its attendance unrecorded or showing
     * a partner), or convened by a partner with the lead agency invited or attending.
     */
    private static boolean convenedMeeting(CaseFile file, CaseEvent event) {
        if (!Partners.isMeeting(event)) {
            return false;
        }
        Set<String> present = Partners.present(event);
        if (present.stream().noneMatch(file::isLead)) {
            return false;
        }
        return !Partners.states(event, "invited", "attended") || present.stream().anyMatch(a -> Partners.partner(file, a));
    }
}
