package org.chronology.projections.gaps.rules;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Locale;

/** domain.md §c rule 34; motivated by Child BF findings BF5, BF6 and Rec 7 (moves between areas). */
@Component
public class CrossAreaTransferNoExchange implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("CROSS_AREA_TRANSFER_NO_EXCHANGE", Category.INFORMATION_SHARING,
            "A case transfer or household move between areas with no information exchange within N. Triggers "
                + "are case.transferred and household.change entries naming the child with details.crossArea = true, "
                + "or with details.fromArea and details.toArea both stated and different. Fires at once when the "
                + "entry states that information was not exchanged (details.infoExchanged false, 'no', 'incomplete' "
                + "or 'partial'; or details.summaryProvided = false); silent when it states infoExchanged = true; "
                + "otherwise fires once N has passed with no info.shared, info.requested or checks.completed for the "
                + "child or household that can have happened from the move to N after its last possible day.",
            "A case transfer or household move between areas with no information exchange within N. Triggers "
                + "are case.transferred and household.change entries naming the child with details.crossArea = true, "
                + "or with details.fromArea and details.toArea both stated and different. Fires at once when the "
                + "entry states that information was not exchanged (details.infoExchanged false, 'no', 'incomplete' "
                + "or 'partial'; or details.summaryProvided = false); silent when it states infoExchanged = true; "
                + "otherwise fires once N has passed with no info.shared, info.requested or checks.completed for the "
                + "child or household that can have happened from the move to N after its last possible day.",
            List.of(new Parameter("N", "5wd", "time after the move within which information is exchanged")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final List<String> NOT_EXCHANGED = List.of("false", "no", "none", "incomplete", "partial",
            "partly", "not exchanged", "limited");
    private static final List<String> EXCHANGED = List.of("true", "yes", "complete", "full", "exchanged");

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent move : file.own()) {
            if (!move.is("case.transferred", "household.change") || !crossArea(move)) {
                continue;
            }
            Boolean exchanged = exchanged(move);
            if (Boolean.TRUE.equals(exchanged)) {
                continue;
            }
            String areas = areas(move);
            String kind = move.is("case.transferred") ? "case transfer" : "household move";
            if (Boolean.FALSE.equals(exchanged)) {
                findings.add(Finding.of(this, Severity.MEDIUM, move, move.agencies(), List.of(move.eventId()),
                        "The cross-area " + kind + areas + " recorded by " + move.agency() + " on " + move.when()
                                + " states that information was not fully exchanged between the areas."));
            } else if (Timing.overdue(move, within, file.calendar(), asOf)
                    && Timing.respondedWithin(move, within, file.calendar(), file.events(),
                    e -> e.is("info.shared", "info.requested", "checks.completed")).isEmpty()) {
                findings.add(Finding.of(this, Severity.MEDIUM, move, move.agencies(), List.of(move.eventId()),
                        "The cross-area " + kind + areas + " recorded by " + move.agency() + " on " + move.when()
                                + " was followed by no information shared, requested or checked within "
                                + within.describe() + "."));
            }
        }
        return findings;
    }

    private static boolean crossArea(CaseEvent move) {
        if (Boolean.TRUE.equals(move.flag("crossArea"))) {
            return true;
        }
        if (Boolean.FALSE.equals(move.flag("crossArea"))) {
            return false;
        }
        String from = move.text("fromArea");
        String to = move.text("toArea");
        return from != null && to != null && !from.isBlank() && !to.isBlank() && !from.trim().equalsIgnoreCase(to.trim());
    }

    /** What the entry states about the exchange: true, false, or null when it says nothing usable. */
    private static Boolean exchanged(CaseEvent move) {
        if (Boolean.FALSE.equals(move.flag("summaryProvided"))) {
            return false;
        }
        JsonNode value = move.details().get("infoExchanged");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.asText().trim().toLowerCase(Locale.ROOT);
        if (NOT_EXCHANGED.stream().anyMatch(text::startsWith)) {
            return false;
        }
        return EXCHANGED.stream().anyMatch(text::startsWith) ? true : null;
    }

    private static String areas(CaseEvent move) {
        String from = move.text("fromArea");
        String to = move.text("toArea");
        return (from != null ? " from " + from : "") + (to != null ? " to " + to : "");
    }
}
