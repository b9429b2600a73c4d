package org.chronology.api.workspace;

import org.chronology.api.security.AdministrativeReads;
import org.chronology.api.security.Caller;
import org.chronology.api.web.Problem;
import org.chronology.core.api.event.AccessRole;
import org.chronology.projections.access.AccessRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Reading the workspace: a review's reviewers read theirs, administrators any review's (audited), and
 * administrators see how often reviewers confirmed each rule's findings (counts only, no case detail). Agencies
 * and dashboards never read it.
 */
@RestController
class WorkspaceReads {

    private static final String REFUSED = "This token may not use this review's workspace.";

    private final AccessRepository reviews;
    private final WorkspaceRepository workspaces;
    private final AdministrativeReads reads;

    WorkspaceReads(AccessRepository reviews, WorkspaceRepository workspaces, AdministrativeReads reads) {
        this.reviews = reviews;
        this.workspaces = workspaces;
        this.reads = reads;
    }

    @GetMapping("/api/v1/reviews/{reviewId}/workspace")
    Workspace workspace(@PathVariable String reviewId, Caller caller) {
        if (caller.role() == AccessRole.ADMIN) {
            reviews.review(reviewId).orElseThrow(() -> Problem.of(HttpStatus.NOT_FOUND, "No review has that id."));
            reads.record(caller, "review-workspace");
        } else {
            requireReviewer(caller, reviewId, reviews);
        }
        return workspaces.of(reviewId);
    }

    @GetMapping("/api/v1/admin/rule-confirmations")
    List<WorkspaceRepository.RuleConfirmations> confirmations(Caller caller) {
        caller.requireAdmin("read how reviewers judged the rules");
        return workspaces.confirmations();
    }

    /** The review, when {@code caller} is one of its reviewers; anyone else is refused alike. */
    static AccessRepository.ReviewScope requireReviewer(Caller caller, String reviewId, AccessRepository reviews) {
        if (caller.role() != AccessRole.REVIEWER || !caller.review().reviewId().equals(reviewId)) {
            throw Problem.forbidden(REFUSED);
        }
        return reviews.review(reviewId).orElseThrow(() -> Problem.forbidden(REFUSED));
    }
}
