package org.chronology.api.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.chronology.api.openapi.RequestBodies;
import org.chronology.api.security.AdministrativeReads;
import org.chronology.api.security.Caller;
import org.chronology.api.security.TokenSecrets;
import org.chronology.api.web.JsonBodies;
import org.chronology.api.web.Problem;
import org.chronology.api.web.QueryParameters;
import org.chronology.core.api.command.IssueToken;
import org.chronology.core.api.command.OpenReview;
import org.chronology.core.api.command.RevokeToken;
import org.chronology.core.api.event.AccessRole;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldError;
import org.chronology.projections.access.AccessRepository;
import org.chronology.projections.agency.JdbcAgencyDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Administrators issue and revoke tokens, each to a named person, open reviews and read the access audit
 * (admin-only by path). Reading the audit is itself audited.
 */
@RestController
class AccessController {

    /** Review periods and token expiries lie within these bounds: nothing a safeguarding record can hold is older. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final CommandGateway commands;
    private final AccessRepository access;
    private final JdbcAgencyDirectory agencies;
    private final AdministrativeReads reads;
    private final Clock clock;
    private final Period reviewLifetime;

    AccessController(CommandGateway commands, AccessRepository access, JdbcAgencyDirectory agencies,
                     AdministrativeReads reads, Clock clock,
                     @Value("${chronology.security.review-lifetime:P1Y}") Period reviewLifetime) {
        this.commands = commands;
        this.access = access;
        this.agencies = agencies;
        this.reads = reads;
        this.clock = clock;
        this.reviewLifetime = reviewLifetime;
    }

    record IssuedToken(String tokenId, String token, String role, String agency, String issuedTo, Instant expiresAt) {
    }

    record OpenedReview(String reviewId, String tokenId, String token, List<String> children, LocalDate from,
                        LocalDate to, LocalDate closesOn) {
    }

    record TokenView(String tokenId, String role, String agency, String reviewId, String issuedTo, Instant issuedAt,
                     Instant expiresAt, Instant revokedAt) {
    }

    /** Who a token is for, and until when. */
    private record Holder(String issuedTo, Instant expiresAt) {
    }

    @PostMapping("/api/v1/agencies/{code}/tokens")
    @ApiResponse(responseCode = "201", description = "Issued: the token is shown this once", useReturnTypeSchema = true)
    @RequestBody(content = @Content(schema = @Schema(ref = RequestBodies.TOKEN)))
    ResponseEntity<IssuedToken> agencyToken(@PathVariable String code, HttpServletRequest request) {
        if (!Codes.isAgencyCode(code) || !agencies.isRegistered(code)) {
            throw Problem.invalid("code", "is not a registered agency");
        }
        Holder holder = holder(JsonBodies.read(request, 4 * 1024), null);
        return ResponseEntity.status(HttpStatus.CREATED).body(issue(AccessRole.AGENCY, code, null, holder));
    }

    @PostMapping("/api/v1/dashboard-tokens")
    @ApiResponse(responseCode = "201", description = "Issued: the token is shown this once", useReturnTypeSchema = true)
    @RequestBody(content = @Content(schema = @Schema(ref = RequestBodies.TOKEN)), required = false)
    ResponseEntity<IssuedToken> dashboardToken(HttpServletRequest request) {
        // A dashboard is a system rather than a person: a body naming it is optional.
        Holder holder = request.getContentLengthLong() != 0
                ? holder(JsonBodies.read(request, 4 * 1024), "dashboard") : new Holder("dashboard", null);
        return ResponseEntity.status(HttpStatus.CREATED).body(issue(AccessRole.DASHBOARD, null, null, holder));
    }

    @PostMapping("/api/v1/reviews")
    @ApiResponse(responseCode = "201", description = "Opened: the reviewer's token is shown this once",
            useReturnTypeSchema = true)
    @RequestBody(content = @Content(schema = @Schema(ref = RequestBodies.REVIEW)))
    ResponseEntity<OpenedReview> openReview(HttpServletRequest request) {
        JsonNode body = JsonBodies.read(request, 64 * 1024);
        List<FieldError> errors = new ArrayList<>();
        JsonNode name = body.path("name");
        if (!plainText(name, 200)) {
            errors.add(new FieldError("name", "is required: plain text of 1-200 characters"));
        }
        Set<String> children = new LinkedHashSet<>();
        JsonNode list = body.path("children");
        if (!list.isArray() || list.isEmpty() || list.size() > 100) {
            errors.add(new FieldError("children", "must list 1-100 child ids"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isTextual() || !Codes.PERSON_ID.matcher(list.get(i).textValue()).matches()) {
                    errors.add(new FieldError("children[" + i + "]", "must be an id of 1-64 characters A-Z a-z 0-9 . _ : -"));
                } else {
                    children.add(list.get(i).textValue());
                }
            }
        }
        LocalDate from = date(body, "from", errors);
        LocalDate to = date(body, "to", errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new FieldError("from", "must not be after to"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate closesOn = body.has("closesOn") ? date(body, "closesOn", errors) : today.plus(reviewLifetime);
        if (closesOn != null && (closesOn.isBefore(today) || closesOn.isAfter(today.plusYears(5)))) {
            errors.add(new FieldError("closesOn", "must lie between today and five years from today"));
        }
        JsonNode reviewer = body.path("issuedTo");
        if (!reviewer.isMissingNode() && !plainText(reviewer, 200)) {
            errors.add(new FieldError("issuedTo", "must be plain text of 1-200 characters: the reviewer's name"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("The review is not valid.", errors);
        }
        String reviewId = "review-" + UUID.randomUUID();
        commands.sendAndWait(new OpenReview(reviewId, name.textValue().strip(), List.copyOf(children), from, to));
        // The reviewer's token stops working when the review closes, at the end of that day (UTC).
        Holder holder = new Holder(reviewer.isTextual() ? reviewer.textValue().strip()
                : "reviewers of " + name.textValue().strip(), closesOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        IssuedToken token = issue(AccessRole.REVIEWER, null, reviewId, holder);
        return ResponseEntity.status(HttpStatus.CREATED).body(new OpenedReview(reviewId, token.tokenId(), token.token(),
                List.copyOf(children), from, to, closesOn));
    }

    @DeleteMapping("/api/v1/tokens/{tokenId}")
    @ApiResponse(responseCode = "204", description = "Revoked")
    ResponseEntity<Void> revoke(@PathVariable String tokenId) {
        if (!tokenId.matches("[a-z0-9]{16}") || access.token(tokenId).isEmpty()) {
            throw Problem.of(HttpStatus.NOT_FOUND, "No token has that id.");
        }
        commands.sendAndWait(new RevokeToken(tokenId));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/tokens")
    List<TokenView> tokens() {
        return access.tokens().stream().map(t -> new TokenView(t.tokenId(), t.role().code(), t.agency(), t.reviewId(),
                t.issuedTo(), t.issuedAt(), t.expiresAt(), t.revokedAt())).toList();
    }

    /** The audit, newest first; {@code firstReads=true}: only agencies' first full reads of a child. */
    @GetMapping("/api/v1/audit")
    List<AccessRepository.AuditRecord> audit(@RequestParam(required = false) String childId,
                                             @RequestParam(required = false) String tokenId,
                                             @RequestParam(defaultValue = "false") boolean firstReads,
                                             @RequestParam(defaultValue = "500") int limit, Caller caller) {
        if (childId != null) {
            QueryParameters.personId("childId", childId);
        }
        if (tokenId != null && !tokenId.matches("[a-z0-9-]{1,64}")) {
            throw Problem.invalid("tokenId", "is not a token id");
        }
        if (limit < 1 || limit > 10_000) {
            throw Problem.invalid("limit", "must be between 1 and 10000");
        }
        reads.record(caller, "audit");
        return access.audit(new AccessRepository.AuditQuery(childId, tokenId, firstReads, limit));
    }

    private IssuedToken issue(AccessRole role, String agency, String reviewId, Holder holder) {
        TokenSecrets.Issued issued = TokenSecrets.issue();
        commands.sendAndWait(new IssueToken(issued.tokenId(), role, agency, reviewId, issued.secretHash(),
                holder.issuedTo(), holder.expiresAt()));
        return new IssuedToken(issued.tokenId(), issued.token(), role.code(), agency, holder.issuedTo(),
                holder.expiresAt());
    }

    /** {@code issuedTo} (required unless {@code defaultHolder} is given) and an optional {@code expiresAt}. */
    private Holder holder(JsonNode body, String defaultHolder) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode issuedTo = body.path("issuedTo");
        if (issuedTo.isMissingNode() && defaultHolder == null || !issuedTo.isMissingNode() && !plainText(issuedTo, 200)) {
            errors.add(new FieldError("issuedTo", "is required: the name of the person the token is for, 1-200 characters"));
        }
        Instant expiresAt = null;
        JsonNode expiry = body.path("expiresAt");
        if (!expiry.isMissingNode()) {
            expiresAt = expiry.isTextual() ? QueryParameters.instant("expiresAt", expiry.textValue()) : null;
            if (expiresAt == null || !expiresAt.isAfter(clock.instant())
                    || expiresAt.isAfter(LATEST.atStartOfDay(ZoneOffset.UTC).toInstant())) {
                errors.add(new FieldError("expiresAt", "must be a future instant such as 2027-03-31T23:59:59Z"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("The token request is not valid.", errors);
        }
        return new Holder(issuedTo.isTextual() ? issuedTo.textValue().strip() : defaultHolder, expiresAt);
    }

    private static boolean plainText(JsonNode value, int maxLength) {
        return value.isTextual() && !value.textValue().isBlank() && value.textValue().length() <= maxLength
                && value.textValue().chars().noneMatch(Character::isISOControl);
    }

    private static LocalDate date(JsonNode body, String field, List<FieldError> errors) {
        JsonNode value = body.path(field);
        try {
            if (value.isTextual() && value.textValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = LocalDate.parse(value.textValue());
                if (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                    return date;
                }
            }
        } catch (RuntimeException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a date YYYY-MM-DD between " + EARLIEST + " and " + LATEST));
        return null;
    }
}
