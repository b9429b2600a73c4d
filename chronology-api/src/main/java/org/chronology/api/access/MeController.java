package org.chronology.api.access;

import org.chronology.api.security.Caller;
import org.chronology.projections.access.AccessRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * What the presented token is: its role, and an agency's code or a reviewer's review. The web pages sign in
 * with it and choose what to show; it never returns a secret.
 */
@RestController
class MeController {

    private final AccessRepository access;

    MeController(AccessRepository access) {
        this.access = access;
    }

    record Me(String role, String agency, Review review) {
    }

    record Review(String reviewId, String name, List<String> children, LocalDate from, LocalDate to) {
    }

    @GetMapping("/api/v1/me")
    Me me(Caller caller) {
        Review review = caller.review() == null ? null : access.review(caller.review().reviewId())
                .map(r -> new Review(r.reviewId(), r.name(), r.children().stream().sorted().toList(), r.from(), r.to()))
                .orElse(null);
        return new Me(caller.role().code(), caller.agency(), review);
    }
}
