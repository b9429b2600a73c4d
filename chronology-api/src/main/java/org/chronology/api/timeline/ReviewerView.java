package org.chronology.api.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.security.Reading;
import org.chronology.projections.json.Json;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry as a reviewer may see it: children outside the review are not named, and a correction's previous
 * date is withheld when it lay outside the review period (a correction must not reveal what the period hides).
 */
public final class ReviewerView {

    static final String WITHHELD = "outside the review";
    private static final List<String> OCCURRENCE = List.of("occurredAt", "precision", "occurredNotBefore",
            "occurredNotAfter", "estimated", "dateBasis", "period", "sortKey");

    private ReviewerView() {
    }

    /** A stored document of {@code childId}'s timeline; parsed only when it names others or was corrected. */
    public static String of(String document, String childId, Reading reading) {
        boolean untouched = document.contains("\"corrections\":[]")
                && document.contains("\"children\":[\"" + childId + "\"]");
        return untouched ? document : Json.write(of(Json.object(document), reading));
    }

    public static ObjectNode of(ObjectNode entry, Reading reading) {
        if (reading.scope() != Reading.Scope.REVIEW) {
            return entry;
        }
        keepReviewChildren(entry, reading);
        for (JsonNode correction : entry.path("corrections")) {
            for (String part : List.of("previous", "changes")) {
                if (correction.get(part) instanceof ObjectNode values) {
                    keepReviewChildren(values, reading);
                    if (values.get("period") instanceof ObjectNode period && !reading.overlaps(
                            LocalDate.parse(period.get("from").asText()), LocalDate.parse(period.get("to").asText()))) {
                        values.remove(OCCURRENCE);
                        values.put("occurredAt", WITHHELD);
                    }
                }
            }
        }
        return entry;
    }

    private static void keepReviewChildren(ObjectNode values, Reading reading) {
        if (values.get("children") instanceof ArrayNode children) {
            ArrayNode kept = children.arrayNode();
            children.forEach(child -> {
                if (reading.showsChild(child.asText())) {
                    kept.add(child);
                }
            });
            values.set("children", kept);
        }
    }
}
