package org.chronology.api.export;

import org.chronology.api.web.Problem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.function.Function;

/** A chronology as a file: CSV, and the printable review table as PDF and Word. */
public final class Download {

    private Download() {
    }

    public enum Format {
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

        /** Read before the read is authorised: an unknown format is a 404 for anyone. */
        public static Format of(String extension) {
            return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst()
                    .orElseThrow(() -> Problem.of(HttpStatus.NOT_FOUND, "Exports are .csv, .pdf and .docx."));
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    public static ResponseEntity<byte[]> of(Chronology chronology, Format format) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(chronology.fileStem() + "." + format.extension).build().toString())
                .body(format.writer.apply(chronology));
    }
}
