package org.chronology.api.workspace;

import org.chronology.api.export.Chronologies;
import org.chronology.api.export.Chronology;
import org.chronology.api.security.Caller;
import org.chronology.api.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a reviewer writes about must be in the review as the reviewer reads it (its children and period): the
 * review's chronology is read for that, authorised and audited like any read. Nothing a reviewer writes reaches
 * beyond the review.
 */
@Component
class ReviewTargets {

    private final Chronologies chronologies;

    ReviewTargets(Chronologies chronologies) {
        this.chronologies = chronologies;
    }

    /** Refuses (400, naming {@code field}) entries ({@code agency:eventId}) that are not the review's. */
    void requireEntries(Caller caller, String reviewId, List<String> entries, String field, String endpoint) {
        if (entries.isEmpty()) {
            return;
        }
        Set<String> known = chronologies.review(caller, reviewId, endpoint).entries().stream()
                .map(SameHappening::key).collect(Collectors.toSet());
        List<String> unknown = entries.stream().filter(e -> !known.contains(e)).toList();
        if (!unknown.isEmpty()) {
            throw Problem.invalid(field, "names no entry of this review: " + String.join(", ", unknown));
        }
    }

    /** The review's finding with that key; 404 if it has none. */
    Chronology.ChildFinding finding(Caller caller, String reviewId, String key, String endpoint) {
        return !FindingKeys.wellFormed(key) ? null : chronologies.review(caller, reviewId, endpoint).findings().stream()
                .filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> Problem.of(HttpStatus.NOT_FOUND, "This review has no finding with that key."));
    }

    /** The rows after a split or a join, as the reviewer now reads them. */
    List<MergedRows.Row> rows(Caller caller, String reviewId) {
        return chronologies.review(caller, reviewId, "review-rows").rows();
    }
}
