package org.chronology.client.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.client.api.FieldError;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chronology's own CSV: a header naming envelope fields (any order, any case), then one event per row.
 * List fields hold values separated by {@code ;}, {@code details} holds a JSON object, and
 * {@code workerId}/{@code workerRole} make the worker. A blank {@code eventId} is derived from the file name
 * and row ({@link EventIds}); a blank {@code recordingAgency} is the {@code --agency} given, if any.
 */
public final class EventCsvSource implements EventSource {

    /** The columns, in the order of the template. */
    public static final List<String> COLUMNS = List.of("eventId", "type", "recordingAgency", "actingAgency",
            "occurredAt", "occurredNotBefore", "occurredNotAfter", "estimated", "children", "adults", "workerId",
            "workerRole", "summary", "details", "knownTo", "source");
    private static final List<String> LISTS = List.of("children", "adults", "knownTo");
    private static final List<String> REQUIRED = List.of("type", "children", "summary");
    private static final Map<String, String> BY_LOWER_CASE = COLUMNS.stream()
            .collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), Function.identity()));

    private final Path file;
    private final String agency;
    private final ObjectMapper json;
    private final EnvelopeCheck check;

    /** @param agency the recording agency for rows that name none; may be null */
    public EventCsvSource(Path file, String agency, ObjectMapper json, EnvelopeCheck check) {
        this.file = file;
        this.agency = agency;
        this.json = json;
        this.check = check;
    }

    /** The header line of the format, for {@code chronology import --template csv}. */
    public static String template() {
        return String.join(",", COLUMNS);
    }

    @Override
    public void read(Consumer<Candidate> sink) throws IOException {
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(in);
            CsvReader.Row header = csv.next();
            if (header == null) {
                throw new InputProblem(name, 1, "is empty: the first line must be the header " + template());
            }
            List<String> columns = columns(name, header);
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                sink.accept(candidate(name, columns, row));
            }
        } catch (CsvReader.CsvException e) {
            throw new InputProblem(name, e.line(), "is not valid CSV: a quoted field is not closed");
        }
    }

    private static List<String> columns(String name, CsvReader.Row header) throws InputProblem {
        List<String> columns = new ArrayList<>();
        for (String cell : header.cells()) {
            String column = BY_LOWER_CASE.get(cell.strip().toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new InputProblem(name, header.line(), "unknown column '" + cell.strip() + "'; the columns are "
                        + template());
            }
            if (columns.contains(column)) {
                throw new InputProblem(name, header.line(), "column '" + column + "' appears twice");
            }
            columns.add(column);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InputProblem(name, header.line(), "the header lacks " + String.join(", ", missing));
        }
        return columns;
    }

    private Candidate candidate(String name, List<String> columns, CsvReader.Row row) {
        List<FieldError> problems = new ArrayList<>();
        if (row.cells().size() != columns.size()) {
            problems.add(new FieldError("", "has " + row.cells().size() + " cells but the header has "
                    + columns.size() + " (is a comma in a value not quoted?)"));
            return new Candidate(name, row.line(), null, problems);
        }
        ObjectNode event = json.createObjectNode();
        ObjectNode worker = json.createObjectNode();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String value = row.cells().get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (column) {
                case "workerId" -> worker.put("id", value);
                case "workerRole" -> worker.put("role", value);
                case "estimated" -> putBoolean(event, value);
                case "details" -> putDetails(event, value, problems);
                default -> {
                    if (LISTS.contains(column)) {
                        ArrayNode list = event.putArray(column);
                        Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(list::add);
                    } else {
                        event.put(column, value);
                    }
                }
            }
        }
        if (!worker.isEmpty()) {
            event.set("worker", worker);
        }
        if (!event.hasNonNull("recordingAgency") && agency != null) {
            event.put("recordingAgency", agency);
        }
        if (!event.hasNonNull("eventId")) {
            event.put("eventId", EventIds.derive("csv", name, row.cells()));
        }
        problems.addAll(check.problems(event));
        return new Candidate(name, row.line(), event, problems);
    }

    private static void putBoolean(ObjectNode event, String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y" -> event.put("estimated", true);
            case "false", "no", "n" -> event.put("estimated", false);
            default -> event.put("estimated", value);
        }
    }

    private void putDetails(ObjectNode event, String value, List<FieldError> problems) {
        try {
            JsonNode details = json.readTree(value);
            event.set("details", details);
        } catch (JsonProcessingException e) {
            problems.add(new FieldError("details", "is not valid JSON: " + e.getOriginalMessage()));
        }
    }
}
