package org.chronology.client.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The import formats, and telling them apart: by extension, and for CSV by the header. */
public enum InputFormat {
    JSONL, CSV, ANNEX_A;

    public static InputFormat detect(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSONL;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvReader.Row header = new CsvReader(in).next();
            List<String> cells = header == null ? List.of() : header.cells();
            return AnnexASource.recognises(cells) ? ANNEX_A : CSV;
        }
    }
}
