package org.chronology.client.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronology.client.api.FieldError;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** JSON Lines: one contract envelope per line; blank lines are skipped. */
public final class JsonLinesSource implements EventSource {

    private final Path file;
    private final ObjectMapper json;
    private final EnvelopeCheck check;

    public JsonLinesSource(Path file, ObjectMapper json, EnvelopeCheck check) {
        this.file = file;
        this.json = json;
        this.check = check;
    }

    @Override
    public void read(Consumer<Candidate> sink) throws IOException {
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                String content = line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
                if (content.isBlank()) {
                    continue;
                }
                JsonNode envelope;
                try {
                    envelope = json.readTree(content);
                } catch (JsonProcessingException e) {
                    sink.accept(new Candidate(name, line, null,
                            List.of(new FieldError("", "is not JSON: " + e.getOriginalMessage()))));
                    continue;
                }
                sink.accept(new Candidate(name, line, envelope, check.problems(envelope)));
            }
        }
    }
}
