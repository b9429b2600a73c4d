package org.chronology.api.agency;

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
import org.chronology.core.api.command.AgencyRegistration;
import org.chronology.core.api.command.RegisterAgency;
import org.chronology.core.api.event.Sector;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldError;
import org.chronology.projections.agency.AgencyView;
import org.chronology.projections.agency.JdbcAgencyDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** Administrators register the agencies that may record entries. */
@RestController
@RequestMapping("/api/v1/agencies")
class AgenciesController {

    private static final int MAX_NAME = 200;

    private final CommandGateway commands;
    private final JdbcAgencyDirectory directory;

    AgenciesController(CommandGateway commands, JdbcAgencyDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @PutMapping("/{code}")
    @ApiResponse(responseCode = "201", description = "Registered", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Its registration updated", useReturnTypeSchema = true)
    @RequestBody(content = @Content(schema = @Schema(ref = RequestBodies.AGENCY)))
    ResponseEntity<AgencyView> register(@PathVariable String code, HttpServletRequest request, Caller caller) {
        caller.requireAdmin("register agencies");
        JsonNode body = JsonBodies.read(request, 16 * 1024);
        List<FieldError> errors = new ArrayList<>();
        if (!Codes.isAgencyCode(code)) {
            errors.add(new FieldError("code", "must be 2-32 characters A-Z, 0-9 and -"));
        }
        JsonNode name = body.path("name");
        if (!name.isTextual() || name.textValue().isBlank() || name.textValue().length() > MAX_NAME
                || name.textValue().chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", "is required: plain text of 1-" + MAX_NAME + " characters"));
        }
        JsonNode sectorCode = body.path("sector");
        Sector sector = sectorCode.isTextual() ? Sector.find(sectorCode.textValue()).orElse(null) : null;
        if (sector == null) {
            errors.add(new FieldError("sector", "must be one of the sector codes of domain.md §a, e.g. health.acute"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("The agency is not valid.", errors);
        }
        AgencyRegistration result = commands.sendAndWait(new RegisterAgency(code, name.textValue().strip(), sector));
        AgencyView view = new AgencyView(code, name.textValue().strip(), sector);
        return ResponseEntity.status(result == AgencyRegistration.REGISTERED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view);
    }

    @GetMapping
    List<AgencyView> all() {
        return directory.all();
    }

    @GetMapping("/{code}")
    AgencyView one(@PathVariable String code) {
        return directory.find(code).orElseThrow(() -> Problem.of(HttpStatus.NOT_FOUND, "No agency " + code + " is registered."));
    }
}
