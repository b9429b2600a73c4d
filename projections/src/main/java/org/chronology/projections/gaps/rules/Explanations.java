package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;

import java.util.ArrayList;
import java.util.List;

/** Wording that several rules' explanations share, so that findings read alike. */
final class Explanations {

    private Explanations() {
    }

    /** Entries as a reviewer cites them: "E-1 2018-03-05, E-2 2018-04". */
    static String entries(List<CaseEvent> events) {
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.eventId() + " " + e.when()));
        return String.join(", ", ids);
    }

    /** Items as a sentence lists them: "A", "A or B", "A, B or C" (with {@code conjunction} "or"). */
    static String list(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }

    /** A child protection conference or core group as the reviews name it. */
    static String meeting(CaseEvent meeting) {
        return switch (meeting.type()) {
            case "conference.initial" -> "initial child protection conference";
            case "conference.review" -> "review child protection conference";
            default -> "core group meeting";
        };
    }

    /** An entry's type in words: "referral decision", "cp plan started". */
    static String type(CaseEvent event) {
        return event.type().replace('.', ' ').replace('_', ' ');
    }
}
