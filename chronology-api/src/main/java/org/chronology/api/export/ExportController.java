package org.chronology.api.export;

import org.chronology.api.security.Caller;
import org.chronology.api.web.QueryParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of a child's or a review's chronology: CSV, and the printable review table as PDF and Word. The
 * review's chronology as JSON feeds the review page. Reads are authorised and audited as the timeline's are.
 */
@RestController
class ExportController {

    private final Chronologies chronologies;

    ExportController(Chronologies chronologies) {
        this.chronologies = chronologies;
    }

    @GetMapping("/api/v1/children/{childId}/export.{format}")
    ResponseEntity<byte[]> child(@PathVariable String childId, @PathVariable String format, Caller caller) {
        Download.Format as = Download.Format.of(format);
        String child = QueryParameters.personId("childId", childId);
        return Download.of(chronologies.child(caller, child, "export." + as.extension()), as);
    }

    @GetMapping("/api/v1/reviews/{reviewId}/export.{format}")
    ResponseEntity<byte[]> review(@PathVariable String reviewId, @PathVariable String format, Caller caller) {
        Download.Format as = Download.Format.of(format);
        return Download.of(chronologies.review(caller, reviewId, "review-export." + as.extension()), as);
    }

    @GetMapping("/api/v1/reviews/{reviewId}/chronology")
    Chronology reviewChronology(@PathVariable String reviewId, Caller caller) {
        return chronologies.review(caller, reviewId, "review-chronology");
    }
}
