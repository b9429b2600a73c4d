package org.chronology.api.access;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Administrators issue and revoke tokens, open reviews and read the access audit (admin-only by path). */
@RestController
class AccessController {

    private final CommandGateway commands;
    private final AccessRepository access;
    private final JdbcAgencyDirectory agencies;

    AccessController(CommandGateway commands, AccessRepository access, JdbcAgencyDirectory agencies) {
        this.commands = commands;
        this.access = access;
        this.agencies = agencies;
    }

    record IssuedToken(String tokenId, String token, String role, String agency) {
    }

    record OpenedReview(String reviewId, String tokenId, String token, List<String> children, LocalDate from,
                        LocalDate to) {
    }

    record TokenView(String tokenId, String role, String agency, String reviewId, Instant issuedAt, Instant revokedAt) {
    }

    @PostMapping("/api/v1/agencies/{code}/tokens")
    ResponseEntity<IssuedToken> agencyToken(@PathVariable String code) {
        if (!Codes.isAgencyCode(code) || !agencies.isRegistered(code)) {
            throw Problem.invalid("code", "is not a registered agency");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(issue(AccessRole.AGENCY, code, null));
    }

    @PostMapping("/api/v1/dashboard-tokens")
    ResponseEntity<IssuedToken> dashboardToken() {
        return ResponseEntity.status(HttpStatus.CREATED).body(issue(AccessRole.DASHBOARD, null, null));
    }

    @PostMapping("/api/v1/reviews")
    ResponseEntity<OpenedReview> openReview(HttpServletRequest request) {
        JsonNode body = JsonBodies.read(request, 64 * 1024);
        List<FieldError> errors = new ArrayList<>();
        JsonNode name = body.path("name");
        if (!name.isTextual() || name.textValue().isBlank() || name.textValue().length() > 200
                || name.textValue().chars().anyMatch(Character::isISOControl)) {
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
        if (!errors.isEmpty()) {
            throw Problem.invalid("The review is not valid.", errors);
        }
        String reviewId = "review-" + UUID.randomUUID();
        commands.sendAndWait(new OpenReview(reviewId, name.textValue().strip(), List.copyOf(children), from, to));
        IssuedToken token = issue(AccessRole.REVIEWER, null, reviewId);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new OpenedReview(reviewId, token.tokenId(), token.token(), List.copyOf(children), from, to));
    }

    @DeleteMapping("/api/v1/tokens/{tokenId}")
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
                t.issuedAt(), t.revokedAt())).toList();
    }

    @GetMapping("/api/v1/audit")
    List<AccessRepository.AuditRecord> audit(@RequestParam(required = false) String childId,
                                             @RequestParam(required = false) String tokenId,
                                             @RequestParam(defaultValue = "500") int limit) {
        if (childId != null) {
            QueryParameters.personId("childId", childId);
        }
        if (tokenId != null && !tokenId.matches("[a-z0-9-]{1,64}")) {
            throw Problem.invalid("tokenId", "is not a token id");
        }
        if (limit < 1 || limit > 10_000) {
            throw Problem.invalid("limit", "must be between 1 and 10000");
        }
        return access.audit(childId, tokenId, limit);
    }

    private IssuedToken issue(AccessRole role, String agency, String reviewId) {
        TokenSecrets.Issued issued = TokenSecrets.issue();
        commands.sendAndWait(new IssueToken(issued.tokenId(), role, agency, reviewId, issued.secretHash()));
        return new IssuedToken(issued.tokenId(), issued.token(), role.code(), agency);
    }

    private static LocalDate date(JsonNode body, String field, List<FieldError> errors) {
        JsonNode value = body.path(field);
        try {
            if (value.isTextual() && value.textValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value.textValue());
            }
        } catch (RuntimeException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a date YYYY-MM-DD"));
        return null;
    }
}
