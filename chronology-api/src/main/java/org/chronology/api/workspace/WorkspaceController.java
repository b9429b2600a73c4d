package org.chronology.api.workspace;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.chronology.api.export.Chronology;
import org.chronology.api.openapi.RequestBodies;
import org.chronology.api.security.Caller;
import org.chronology.api.web.JsonBodies;
import org.chronology.api.web.Problem;
import org.chronology.core.api.event.AccessRole;
import org.chronology.core.api.workspace.AdvisoryPattern;
import org.chronology.core.api.workspace.JoinRows;
import org.chronology.core.api.workspace.NoteTarget;
import org.chronology.core.api.workspace.RaiseReviewerFinding;
import org.chronology.core.api.workspace.SplitRow;
import org.chronology.core.api.workspace.TriageFinding;
import org.chronology.core.api.workspace.Verdict;
import org.chronology.core.api.workspace.WriteReviewNote;
import org.chronology.projections.access.AccessRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Writing to a review's workspace: notes, findings of the reviewer's own, verdicts on the rules' findings, and
 * splits and joins of rows. Only the reviewers of that review write to it, and only about entries and findings of
 * the review as they may read it ({@link WorkspaceReads} for who reads it).
 */
@RestController
class WorkspaceController {

    private static final int BODY = 16 * 1024;

    private final CommandGateway commands;
    private final ReviewTargets targets;
    private final AccessRepository reviews;
    private final WorkspaceRepository workspaces;

    WorkspaceController(CommandGateway commands, ReviewTargets targets, AccessRepository reviews,
                        WorkspaceRepository workspaces) {
        this.commands = commands;
        this.targets = targets;
        this.reviews = reviews;
        this.workspaces = workspaces;
    }

    record Written(String id) {
    }

    @PostMapping("/api/v1/reviews/{reviewId}/notes")
    @ApiResponse(responseCode = "201", description = "Written", useReturnTypeSchema = true)
    @RequestBody(content = @Content(schema = @Schema(ref = RequestBodies.NOTE)))
    ResponseEntity<Written> note(@PathVariable String reviewId, HttpServletRequest request, Caller caller) {
        AccessRepository.ReviewScope review = requireReviewer(caller, reviewId);
        WorkspaceInput input = new WorkspaceInput(JsonBodies.read(request, BODY));
        String on = input.code("on", List.of("entry", "finding", "period"));
        String text = input.text("text", WorkspaceInput.MAX_TEXT, true);
        NoteTarget target = null;
        if ("PERIOD".equals(on)) {
            LocalDate from = input.date("from", review.from(), review.to());
            LocalDate to = input.date("to", review.from(), review.to());
            if (from != null && to != null && from.isAfter(to)) {
                input.error("from", "must not be after to");
            }
            target = NoteTarget.period(from, to);
        } else if (on != null) {
            String ref = input.text("ref", 200, true);
            input.check("The note");
            if (on.equals("ENTRY")) {
                targets.requireEntries(caller, reviewId, List.of(ref), "ref", "review-note");
            } else if (targets.finding(caller, reviewId, ref, "review-note") == null) {
                throw Problem.invalid("ref", "names no finding of this review");
            }
            target = on.equals("ENTRY") ? NoteTarget.entry(ref) : NoteTarget.finding(ref);
        }
        input.check("The note");
        String noteId = "note-" + UUID.randomUUID();
        commands.sendAndWait(new WriteReviewNote(reviewId, noteId, target, text, caller.issuedTo()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Written(noteId));
    }

    @PostMapping("/api/v1/reviews/{reviewId}/findings")
    @ApiResponse(responseCode = "201", description = "Raised", useReturnTypeSchema = true)
    @RequestBody(content = @Content(schema = @Schema(ref = RequestBodies.OWN_FINDING)))
    ResponseEntity<Written> finding(@PathVariable String reviewId, HttpServletRequest request, Caller caller) {
        AccessRepository.ReviewScope review = requireReviewer(caller, reviewId);
        WorkspaceInput input = new WorkspaceInput(JsonBodies.read(request, BODY));
        String pattern = input.code("pattern", Arrays.stream(AdvisoryPattern.values())
                .map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
        LocalDate on = input.date("on", review.from(), review.to());
        List<String> entries = input.entryKeys("entries", 0, 50);
        String text = input.text("text", WorkspaceInput.MAX_TEXT, true);
        input.check("The finding");
        targets.requireEntries(caller, reviewId, entries, "entries", "review-finding");
        String findingId = "finding-" + UUID.randomUUID();
        commands.sendAndWait(new RaiseReviewerFinding(reviewId, findingId, AdvisoryPattern.valueOf(pattern), on,
                entries, text, caller.issuedTo()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Written(findingId));
    }

    @PutMapping("/api/v1/reviews/{reviewId}/findings/{findingKey}/triage")
    @RequestBody(content = @Content(schema = @Schema(ref = RequestBodies.TRIAGE)))
    Workspace.Triage triage(@PathVariable String reviewId, @PathVariable String findingKey, HttpServletRequest request,
                            Caller caller) {
        requireReviewer(caller, reviewId);
        WorkspaceInput input = new WorkspaceInput(JsonBodies.read(request, BODY));
        String verdict = input.code("verdict", List.of("confirmed", "dismissed"));
        String reason = input.text("reason", WorkspaceInput.MAX_REASON, "DISMISSED".equals(verdict));
        input.check("The verdict");
        Chronology.ChildFinding finding = targets.finding(caller, reviewId, findingKey, "review-triage");
        if (finding == null) {
            throw Problem.of(HttpStatus.NOT_FOUND, "This review has no finding with that key.");
        }
        commands.sendAndWait(new TriageFinding(reviewId, findingKey, finding.finding().rule(), Verdict.valueOf(verdict),
                reason, caller.issuedTo()));
        return workspaces.of(reviewId).triage().get(findingKey);
    }

    @PostMapping("/api/v1/reviews/{reviewId}/rows/split")
    @RequestBody(content = @Content(schema = @Schema(ref = RequestBodies.SPLIT)))
    List<MergedRows.Row> split(@PathVariable String reviewId, HttpServletRequest request, Caller caller) {
        requireReviewer(caller, reviewId);
        WorkspaceInput input = new WorkspaceInput(JsonBodies.read(request, BODY));
        String entry = input.text("entry", 200, true);
        if (entry != null && !EntryKeys.wellFormed(entry)) {
            input.error("entry", "must name an entry as agency:eventId");
        }
        input.check("The split");
        targets.requireEntries(caller, reviewId, List.of(entry), "entry", "review-split");
        commands.sendAndWait(new SplitRow(reviewId, entry, caller.issuedTo()));
        return targets.rows(caller, reviewId);
    }

    @PostMapping("/api/v1/reviews/{reviewId}/rows/join")
    @RequestBody(content = @Content(schema = @Schema(ref = RequestBodies.JOIN)))
    List<MergedRows.Row> join(@PathVariable String reviewId, HttpServletRequest request, Caller caller) {
        requireReviewer(caller, reviewId);
        WorkspaceInput input = new WorkspaceInput(JsonBodies.read(request, BODY));
        List<String> entries = input.entryKeys("entries", 2, 50);
        input.check("The join");
        targets.requireEntries(caller, reviewId, entries, "entries", "review-join");
        commands.sendAndWait(new JoinRows(reviewId, entries, caller.issuedTo()));
        return targets.rows(caller, reviewId);
    }

    private AccessRepository.ReviewScope requireReviewer(Caller caller, String reviewId) {
        return WorkspaceReads.requireReviewer(caller, reviewId, reviews);
    }
}
