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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * domain.md §c rule 12; motivated by Child O §4.3, §7.3.3, §7.5.9 and Rec 8 (a child in need case closed at a review
 * only children's social care attended, with no multi-agency consultation).
 */
@Component
public class ClosureWithoutPartners implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("CLOSURE_WITHOUT_PARTNERS", Category.INFORMATION_SHARING,
            "A child in need case is closed without its partners: the last child in need review before the closure "
                + "had no partner agency among its attendees (its invitees when attendance is not stated), or no "
                + "partner was consulted in the W before the closure (no multi-agency meeting, no information from "
                + "a partner to the lead agency, no request or check of theirs to a partner) although partners were "
                + "involved then. A meeting whose attendance is not recorded counts as a possible consultation. A child in need closure is the end of a child in need plan, or children's social "
                + "care closing the case while a plan is open or after a child in need review since the case last "
                + "opened. The end of the plan and the case closure of one episode make one finding, at the first.",
            "cin_plan.started, cin_plan.ended, case.opened, case.reopened and case.closed (by la.csc or "
                + "la.frontdoor); meeting.cin_review with details.attended or details.invited (agency codes); "
                + "meetings with their attendees; info.shared (details.from, details.to), info.requested and "
                + "checks.completed (details.agenciesChecked); partners' entries in the W before the closure; "
                + "agency sectors.",
            List.of(new Parameter("W", "60d", "how far before the closure partners' involvement and consultation count (design)")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span window = parameters.span("W");
        List<Finding> findings = new ArrayList<>();
        CaseEvent lastReview = null;
        List<CaseEvent> exchanges = null;
        boolean closed = false;
        for (CaseEvent event : file.own("cin_plan.started", "case.opened", "case.reopened", "meeting.cin_review",
                "cin_plan.ended", "case.closed")) {
            if (event.is("cin_plan.started") || event.is("case.opened", "case.reopened") && file.byLead(event)) {
                lastReview = null;
                closed = false;
                continue;
            }
            if (event.is("meeting.cin_review")) {
                lastReview = event;
                closed = false;
                continue;
            }
            if (closed || !isCinClosure(file, event, lastReview)) {
                continue;
            }
            closed = true;
            if (exchanges == null) {
                exchanges = file.events(Partners.MEETINGS_AND_EXCHANGES_AND_CHECKS);
            }
            check(file, exchanges, event, lastReview, window).ifPresent(findings::add);
        }
        return findings;
    }

    private static boolean isCinClosure(CaseFile file, CaseEvent event, CaseEvent lastReview) {
        if (event.is("cin_plan.ended")) {
            return true;
        }
        return event.is("case.closed") && file.byLead(event)
                && (lastReview != null || file.openAt(event, "cin_plan.started", "cin_plan.ended").isPresent());
    }

    private Optional<Finding> check(CaseFile file, List<CaseEvent> exchanges, CaseEvent closure, CaseEvent lastReview,
                                    Span window) {
        LocalDate from = window.before(closure.earliest(), file.calendar());
        Map<String, List<CaseEvent>> partners = new LinkedHashMap<>();
        file.involvement(from, closure.earliest()).forEach((agency, events) -> {
            if (Partners.partner(file, agency)) {
                partners.put(agency, events);
            }
        });
        boolean leadOnlyReview = lastReview != null && leadOnly(file, lastReview);
        Optional<CaseEvent> consultation = Partners.within(exchanges, from,
                closure.latest()).stream().filter(e -> e != closure && consults(file, e)).findFirst();
        boolean unconsulted = consultation.isEmpty() && !partners.isEmpty();
        if (!leadOnlyReview && !unconsulted) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>(List.of(closure.eventId()));
        List<String> parts = new ArrayList<>();
        if (leadOnlyReview) {
            evidence.add(lastReview.eventId());
            parts.add("its last child in need review (" + lastReview.eventId() + " " + lastReview.when()
                    + ") had no partner agency " + (lastReview.stated("attended") ? "attending (attended: "
                    + String.join(", ", Partners.named(lastReview, "attended")) : "invited (invited: "
                    + String.join(", ", Partners.named(lastReview, "invited"))) + ")");
        }
        if (unconsulted) {
            List<String> involved = Partners.describe(partners, "then", evidence);
            parts.add("no partner was consulted " + Partners.between(from, closure.latest()) + " although "
                    + Explanations.list(involved, "and") + (partners.size() == 1 ? " was" : " were") + " involved");
        }
        String label = closure.is("cin_plan.ended") ? "child in need plan ended" : "case closed";
        return Optional.of(Finding.of(this, Severity.MEDIUM, closure, Set.of(closure.agency()), evidence,
                "The " + label + " on " + closure.when() + " (" + closure.eventId() + ", " + closure.agency()
                        + ") without its partners: " + String.join("; ", parts) + "."));
    }

    /** A review whose attendees (invitees when attendance is not stated) include no partner agency. */
    private static boolean leadOnly(CaseFile file, CaseEvent review) {
        String field = review.stated("attended") ? "attended" : review.stated("invited") ? "invited" : null;
        if (field == null) {
            return false;
        }
        return review.agencies().stream().noneMatch(a -> Partners.partner(file, a))
                && !Partners.anyNamed(review, a -> Partners.partner(file, a), field);
    }

    /** A meeting with a partner, a partner's information to the lead agency, or the lead agency asking a partner. */
    private static boolean consults(CaseFile file, CaseEvent event) {
        if (Partners.isMeeting(event)) {
            // A meeting whose attendance is not recorded may have had partners: it is given the benefit of the doubt.
            return Partners.multiAgency(file, event) || !Partners.states(event, "invited", "attended");
        }
        if (event.is("info.shared")) {
            return Partners.anySender(event, a -> Partners.partner(file, a))
                    && (Partners.anyRecipient(event, file::isLead) || file.isLead(event.recordingAgency()));
        }
        if (event.is("info.requested", "checks.completed")) {
            return file.byLead(event) && Partners.anyNamed(event, a -> Partners.partner(file, a), "to",
                    "agenciesChecked");
        }
        return false;
    }
}
