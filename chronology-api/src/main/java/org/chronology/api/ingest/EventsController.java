package org.chronology.api.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.chronology.api.alerts.ProtectionNotices;
import org.chronology.api.openapi.RequestBodies;
import org.chronology.api.security.Caller;
import org.chronology.api.web.JsonBodies;
import org.chronology.api.web.Problem;
import org.chronology.core.api.command.EntryCommand;
import org.chronology.core.api.command.EntryOutcome;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.EnvelopeParser;
import org.chronology.core.validation.FieldError;
import org.chronology.core.validation.ParseResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Agencies record events here, one at a time or in batches (api-contract.md, "Recording events"). */
@RestController
@RequestMapping("/api/v1/events")
class EventsController {

    private final EnvelopeParser parser;
    private final IngestService ingest;
    private final IngestProperties limits;
    private final Clock clock;
    private final ProtectionNotices notices;

    EventsController(EnvelopeParser parser, IngestService ingest, IngestProperties limits, Clock clock,
                     ProtectionNotices notices) {
        this.parser = parser;
        this.ingest = ingest;
        this.limits = limits;
        this.clock = clock;
        this.notices = notices;
    }

    /**
     * @param warnings   what in {@code details} was read otherwise than given or kept unread; omitted when none
     * @param protection for unscheduled care of a child on a plan, looked after or unborn with a pre-birth plan:
     *                   that status and the lead agency to contact (CP-IS); omitted otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Acknowledgement(String eventId, Instant recordedAt, String status, List<FieldError> warnings,
                           List<ProtectionNotices.Notice> protection) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ItemResult(String eventId, String status, Instant recordedAt,
                      @Schema(ref = "#/components/schemas/Problem") ProblemDetail problem, List<FieldError> warnings) {
    }

    record BatchResult(int recorded, int duplicates, int rejected, List<ItemResult> results) {
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "A duplicate: the same event was recorded before",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The eventId is already used with other content",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @RequestBody(content = @Content(schema = @Schema(ref = RequestBodies.EVENT)))
    ResponseEntity<Acknowledgement> record(HttpServletRequest request, Caller caller) {
        JsonNode body = JsonBodies.read(request, limits.maxEventBytes());
        if (!body.isObject()) {
            throw Problem.invalid("body", "must be a JSON object");
        }
        Problem refusal = refusal(caller, body);
        if (refusal != null) {
            throw refusal;
        }
        ParseResult parsed = parser.parse(body, now());
        if (parsed instanceof ParseResult.Invalid invalid) {
            throw invalid(invalid.errors());
        }
        ParseResult.Valid valid = (ParseResult.Valid) parsed;
        EntryOutcome outcome = ingest.record(List.of(valid.command())).get(0);
        return switch (outcome.status()) {
            case RECORDED -> ResponseEntity.status(HttpStatus.CREATED).body(new Acknowledgement(outcome.eventId(),
                    outcome.recordedAt(), "recorded", valid.warnings(), notices.of(valid.command())));
            case DUPLICATE -> ResponseEntity.ok(new Acknowledgement(outcome.eventId(), outcome.recordedAt(),
                    "duplicate", valid.warnings(), notices.of(valid.command())));
            case CONFLICT, REFUSED -> throw problemOf(outcome);
        };
    }

    @PostMapping("/batch")
    @RequestBody(content = @Content(schema = @Schema(ref = RequestBodies.BATCH)))
    BatchResult recordBatch(HttpServletRequest request, Caller caller) {
        Instant now = now();
        List<ItemResult> results = new ArrayList<>();
        List<EntryCommand> valid = new ArrayList<>();
        List<Integer> validAt = new ArrayList<>();
        List<List<FieldError>> warnings = new ArrayList<>();
        // Item by item as the body streams in: only the commands are held, never the whole batch as a tree.
        JsonBodies.readEach(request, "events", limits.maxBatchBytes(), limits.maxBatchEvents(), (item, i) -> {
            Problem refusal = refusal(caller, item);
            ParseResult parsed = refusal == null ? parser.parse(item, now) : null;
            if (refusal != null) {
                results.add(rejected(textOf(item, "eventId"), refusal));
            } else if (parsed instanceof ParseResult.Invalid invalid) {
                results.add(rejected(invalid.eventId(), invalid(invalid.errors())));
            } else {
                results.add(null);
                valid.add(((ParseResult.Valid) parsed).command());
                validAt.add(i);
                warnings.add(((ParseResult.Valid) parsed).warnings());
            }
        });
        List<EntryOutcome> outcomes = ingest.record(valid);
        for (int k = 0; k < outcomes.size(); k++) {
            EntryOutcome outcome = outcomes.get(k);
            results.set(validAt.get(k), switch (outcome.status()) {
                case RECORDED -> new ItemResult(outcome.eventId(), "recorded", outcome.recordedAt(), null, warnings.get(k));
                case DUPLICATE -> new ItemResult(outcome.eventId(), "duplicate", outcome.recordedAt(), null,
                        warnings.get(k));
                case CONFLICT, REFUSED -> rejected(outcome.eventId(), problemOf(outcome));
            });
        }
        int recorded = 0;
        int duplicates = 0;
        for (ItemResult result : results) {
            recorded += "recorded".equals(result.status()) ? 1 : 0;
            duplicates += "duplicate".equals(result.status()) ? 1 : 0;
        }
        return new BatchResult(recorded, duplicates, results.size() - recorded - duplicates, List.copyOf(results));
    }

    /**
     * A caller may only submit for its own agency, registered or not: checked before anything else, so a
     * refusal says nothing about which codes are registered. A missing or malformed code is left to
     * validation, which names the field.
     */
    private static Problem refusal(Caller caller, JsonNode item) {
        String agency = textOf(item, "recordingAgency");
        if (agency != null && Codes.isAgencyCode(agency) && !caller.mayRecordFor(agency)) {
            return Problem.forbidden("This token may not record events for " + agency + ".");
        }
        return null;
    }

    private static Problem invalid(List<FieldError> errors) {
        FieldError first = errors.get(0);
        String detail = (first.field().isEmpty() ? "" : first.field() + " ") + first.message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
        return Problem.invalid(detail, errors);
    }

    private static Problem problemOf(EntryOutcome outcome) {
        return outcome.status() == EntryOutcome.Status.CONFLICT
                ? Problem.conflict("eventId " + outcome.eventId() + " was already recorded with different content")
                : Problem.invalid(outcome.field(), outcome.message());
    }

    private static ItemResult rejected(String eventId, Problem problem) {
        return new ItemResult(eventId, "rejected", null, problem.body(), null);
    }

    private static String textOf(JsonNode item, String field) {
        JsonNode value = item == null ? null : item.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
