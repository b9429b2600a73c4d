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
import org.chronology.projections.gaps.Timing;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** domain.md §c rule 34; motivated by Child BF findings BF5, BF6 and Rec 7 (moves between areas). */
@Component
public class CrossAreaTransferNoExchange implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("CROSS_AREA_TRANSFER_NO_EXCHANGE", Category.INFORMATION_SHARING,
            "A case transfer or a household move between areas (local authorities) with no information exchange "
                + "within N: no information shared, requested or checked, and no health handover, for the child or "
                + "household from the move to N after its last possible day. A move is between areas when it says "
                + "so or names two different areas; the same agency moving a case across a boundary counts. Fires "
                + "once N has passed; where an exchange came later, the finding says when. One finding per move.",
            "case.transferred or household.change naming the child, with details.crossArea true or details.fromArea "
                + "and details.toArea both stated and different; info.shared, info.requested, checks.completed and "
                + "health.handover entries for the child or household, with their dates.",
            List.of(new Parameter("N", "5wd", "time after the move within which information is exchanged")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        List<CaseEvent> exchanges = file.events(EXCHANGES);
        for (CaseEvent move : file.own("case.transferred", "household.change")) {
            if (!crossArea(move) || !Timing.overdue(move, within, file.calendar(), asOf)
                    || Timing.respondedWithin(move, within, file.calendar(), exchanges, e -> true)
                    .isPresent()) {
                continue;
            }
            LocalDate deadline = Timing.deadline(move, within, file.calendar());
            List<String> evidence = new ArrayList<>(List.of(move.eventId()));
            String kind = move.is("case.transferred") ? "case transfer" : "household move";
            String sentence = "The " + kind + areas(move) + " recorded by " + move.agency() + " on " + move.when()
                    + " (" + move.eventId() + ") was followed by no information shared, requested or checked "
                    + Partners.between(move.earliest(), deadline);
            Optional<CaseEvent> later = exchanges.stream()
                    .filter(e -> e.earliest().isAfter(deadline)).findFirst();
            if (later.isPresent()) {
                evidence.add(later.get().eventId());
                sentence += "; the first exchange after it was " + Partners.entry(later.get());
            }
            findings.add(Finding.of(this, Severity.MEDIUM, move, move.agencies(), evidence, sentence + "."));
        }
        return findings;
    }

    private static final String[] EXCHANGES = {"info.shared", "info.requested", "checks.completed", "health.handover"};

    private static boolean crossArea(CaseEvent move) {
        Boolean stated = move.flag("crossArea");
        if (stated != null) {
            return stated;
        }
        String from = move.text("fromArea");
        String to = move.text("toArea");
        return from != null && to != null && !from.isBlank() && !to.isBlank() && !from.trim().equalsIgnoreCase(to.trim());
    }

    private static String areas(CaseEvent move) {
        String from = move.text("fromArea");
        String to = move.text("toArea");
        return (from != null ? " from " + from : "") + (to != null ? " to " + to : "");
    }
}
