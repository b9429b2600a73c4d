package org.chronology.api.web;

import org.chronology.core.validation.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem the API answers with. Thrown anywhere in a request, it is rendered by
 * {@link ApiExceptionHandler}; {@link #body()} also serves per-item problems inside batch results.
 */
public class Problem extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public Problem(HttpStatus status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(HttpStatus.BAD_REQUEST, "validation", "The request is not valid", detail, errors);
    }

    public static Problem invalid(String field, String message) {
        return invalid(message.startsWith(field) ? message : field + " " + message, List.of(new FieldError(field, message)));
    }

    public static Problem conflict(String detail) {
        return new Problem(HttpStatus.CONFLICT, "conflict", "The event id is already used with other content",
                detail, List.of(new FieldError("eventId", detail)));
    }

    public static Problem forbidden(String detail) {
        return new Problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail, List.of());
    }

    public static Problem of(HttpStatus status, String detail) {
        return new Problem(status, status.name().toLowerCase().replace('_', '-'), status.getReasonPhrase(), detail,
                List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemDetail body() {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, getMessage());
        body.setType(URI.create("/problems/" + slug));
        body.setTitle(title);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return body;
    }

    public ResponseEntity<ProblemDetail> response() {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body());
    }
}
