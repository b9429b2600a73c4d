package org.chronology.api.export;

import org.chronology.api.security.Caller;
import org.chronology.api.web.Problem;
import org.chronology.api.web.QueryParameters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.function.Function;

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

    enum Format {
        CSV("csv", "text/csv;charset=UTF-8", CsvExport::write),
        PDF("pdf", MediaType.APPLICATION_PDF_VALUE, PdfExport::write),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocxExport::write);

        private final String extension;
        private final String contentType;
        private final Function<Chronology, byte[]> writer;

        Format(String extension, String contentType, Function<Chronology, byte[]> writer) {
            this.extension = extension;
            this.contentType = contentType;
            this.writer = writer;
        }

        static Format of(String extension) {
            return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst()
                    .orElseThrow(() -> Problem.of(HttpStatus.NOT_FOUND, "Exports are .csv, .pdf and .docx."));
        }
    }

    @GetMapping("/api/v1/children/{childId}/export.{format}")
    ResponseEntity<byte[]> child(@PathVariable String childId, @PathVariable String format, Caller caller) {
        Format as = Format.of(format);
        String child = QueryParameters.personId("childId", childId);
        return download(chronologies.child(caller, child, "export." + as.extension), as);
    }

    @GetMapping("/api/v1/reviews/{reviewId}/export.{format}")
    ResponseEntity<byte[]> review(@PathVariable String reviewId, @PathVariable String format, Caller caller) {
        Format as = Format.of(format);
        return download(chronologies.review(caller, reviewId, "review-export." + as.extension), as);
    }

    @GetMapping("/api/v1/reviews/{reviewId}/chronology")
    Chronology reviewChronology(@PathVariable String reviewId, Caller caller) {
        return chronologies.review(caller, reviewId, "review-chronology");
    }

    private static ResponseEntity<byte[]> download(Chronology chronology, Format format) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(chronology.fileStem() + "." + format.extension).build().toString())
                .body(format.writer.apply(chronology));
    }
}
