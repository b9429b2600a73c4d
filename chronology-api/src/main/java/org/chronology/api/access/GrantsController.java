package org.chronology.api.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.chronology.api.openapi.RequestBodies;
import org.chronology.api.security.Caller;
import org.chronology.api.web.JsonBodies;
import org.chronology.api.web.Problem;
import org.chronology.api.web.QueryParameters;
import org.chronology.core.api.command.EndGrant;
import org.chronology.core.api.command.GrantAccess;
import org.chronology.core.api.event.AccessRole;
import org.chronology.core.api.event.Sector;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldError;
import org.chronology.projections.access.AccessRepository;
import org.chronology.projections.access.Involvement;
import org.chronology.projections.agency.JdbcAgencyDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Grants of access to one child's whole chronology, for an agency the lead agency has not invited to a meeting
 * (a GP asked for a report, say). Made and ended by the lead agency with an open case for the child, or by an
 * administrator; each has a reason and an end date of at most a year ahead.
 */
@RestController
class GrantsController {

    private static final Duration LONGEST = Duration.ofDays(366);

    private final CommandGateway commands;
    private final AccessRepository access;
    private final Involvement involvement;
    private final JdbcAgencyDirectory agencies;
    private final Clock clock;

    GrantsController(CommandGateway commands, AccessRepository access, Involvement involvement,
                     JdbcAgencyDirectory agencies, Clock clock) {
        this.commands = commands;
        this.access = access;
        this.involvement = involvement;
        this.agencies = agencies;
        this.clock = clock;
    }

    @PostMapping("/api/v1/children/{childId}/grants")
    @ApiResponse(responseCode = "201", description = "Granted", useReturnTypeSchema = true)
    @RequestBody(content = @Content(schema = @Schema(ref = RequestBodies.GRANT)))
    ResponseEntity<AccessRepository.GrantView> grant(@PathVariable String childId, HttpServletRequest request,
                                                     Caller caller) {
        String child = QueryParameters.personId("childId", childId);
        requireLeadOrAdmin(caller, child);
        JsonNode body = JsonBodies.read(request, 8 * 1024);
        List<FieldError> errors = new ArrayList<>();
        JsonNode agency = body.path("agency");
        if (!agency.isTextual() || !Codes.isAgencyCode(agency.textValue()) || !agencies.isRegistered(agency.textValue())
                || agency.textValue().equals(caller.agency())) {
            errors.add(new FieldError("agency", "must be another registered agency's code"));
        }
        JsonNode reason = body.path("reason");
        if (!reason.isTextual() || reason.textValue().isBlank() || reason.textValue().length() > 1000
                || reason.textValue().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            errors.add(new FieldError("reason", "is required: why the agency needs the record, 1-1000 characters"));
        }
        Instant now = clock.instant();
        JsonNode untilNode = body.path("until");
        Instant until = untilNode.isTextual() ? QueryParameters.instant("until", untilNode.textValue()) : null;
        if (until == null || !until.isAfter(now) || until.isAfter(now.plus(LONGEST))) {
            errors.add(new FieldError("until", "is required: a date or instant in the coming year"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("The grant is not valid.", errors);
        }
        String grantId = "grant-" + UUID.randomUUID();
        commands.sendAndWait(new GrantAccess(grantId, child, agency.textValue(), reason.textValue().strip(), until,
                caller.agency(), caller.tokenId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(access.grant(grantId).orElseThrow());
    }

    @GetMapping("/api/v1/children/{childId}/grants")
    List<AccessRepository.GrantView> grants(@PathVariable String childId, Caller caller) {
        String child = QueryParameters.personId("childId", childId);
        requireLeadOrAdmin(caller, child);
        return access.grants(child);
    }

    @DeleteMapping("/api/v1/grants/{grantId}")
    @ApiResponse(responseCode = "204", description = "Ended")
    ResponseEntity<Void> end(@PathVariable String grantId, Caller caller) {
        AccessRepository.GrantView grant = (grantId.matches("grant-[0-9a-f-]{36}") ? access.grant(grantId)
                : java.util.Optional.<AccessRepository.GrantView>empty())
                .filter(g -> caller.role() == AccessRole.ADMIN || caller.agency() != null
                        && caller.agency().equals(g.grantedBy()))
                .orElseThrow(() -> Problem.of(HttpStatus.NOT_FOUND, "No grant with that id was made by this token's agency."));
        commands.sendAndWait(new EndGrant(grant.grantId(), caller.tokenId()));
        return ResponseEntity.noContent().build();
    }

    private void requireLeadOrAdmin(Caller caller, String child) {
        boolean lead = caller.role() == AccessRole.AGENCY
                && agencies.sectorOf(caller.agency()).map(Sector::isLeadAgency).orElse(false)
                && involvement.leadCaseOpen(caller.agency(), child);
        if (caller.role() != AccessRole.ADMIN && !lead) {
            throw Problem.forbidden("Only the lead agency with an open case for this child, or an administrator,"
                    + " may manage its grants.");
        }
    }
}
