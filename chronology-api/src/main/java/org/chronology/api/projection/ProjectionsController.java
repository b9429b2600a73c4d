package org.chronology.api.projection;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.chronology.api.security.Caller;
import org.chronology.api.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Administrators watch the projections and rebuild them from the event store. */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionsController {

    private final ProjectionProgress progress;

    ProjectionsController(ProjectionProgress progress) {
        this.progress = progress;
    }

    @GetMapping
    List<ProjectionProgress.Status> all(Caller caller) {
        caller.requireAdmin("manage projections");
        return progress.all();
    }

    @PostMapping("/{name}/replay")
    @ApiResponse(responseCode = "202", description = "Started; GET /api/v1/admin/projections shows its progress",
            useReturnTypeSchema = true)
    ResponseEntity<ProjectionProgress.Status> replay(@PathVariable String name, Caller caller) {
        caller.requireAdmin("manage projections");
        if (!progress.replay(name)) {
            throw Problem.of(HttpStatus.NOT_FOUND, "No replayable projection is called " + name + ".");
        }
        return ResponseEntity.accepted().body(progress.status(name).orElseThrow());
    }
}
