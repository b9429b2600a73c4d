package org.chronology.client.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.client.api.FieldError;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An Ofsted Annex A list saved as CSV, one child episode per row, recorded by {@code agency} (the local
 * authority). The list is recognised from its header unless given; columns the import does not read (gender,
 * ethnicity, counts, local additions) are ignored. A row with any problem is rejected whole, so that an
 * episode never lands half-recorded.
 */
public final class AnnexASource implements EventSource {

    private final Path file;
    private final AnnexAList requested;
    private final String agency;
    private final ObjectMapper json;
    private final EnvelopeCheck check;

    /** @param list the list the file holds, or null to recognise it from the header */
    public AnnexASource(Path file, AnnexAList list, String agency, ObjectMapper json, EnvelopeCheck check) {
        this.file = file;
        this.requested = list;
        this.agency = agency;
        this.json = json;
        this.check = check;
    }

    /** Whether a CSV header looks like an Annex A list: it has a child unique id column. */
    public static boolean recognises(List<String> header) {
        return header.stream().anyMatch(AnnexAField.CHILD_ID::matches);
    }

    @Override
    public void read(Consumer<Candidate> sink) throws IOException {
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(in);
            CsvReader.Row header = csv.next();
            if (header == null) {
                throw new InputProblem(name, 1, "is empty: the first line must be the Annex A header");
            }
            Map<AnnexAField, Integer> columns = columns(header);
            AnnexAList list = list(name, header, columns);
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                emit(name, list, columns, row, sink);
            }
        } catch (CsvReader.CsvException e) {
            throw new InputProblem(name, e.line(), "is not valid CSV: a quoted field is not closed");
        }
    }

    private static Map<AnnexAField, Integer> columns(CsvReader.Row header) {
        Map<AnnexAField, Integer> columns = new EnumMap<>(AnnexAField.class);
        for (int i = 0; i < header.cells().size(); i++) {
            for (AnnexAField field : AnnexAField.values()) {
                if (field.matches(header.cells().get(i))) {
                    columns.putIfAbsent(field, i);
                }
            }
        }
        return columns;
    }

    private AnnexAList list(String name, CsvReader.Row header, Map<AnnexAField, Integer> columns) throws InputProblem {
        if (!columns.containsKey(AnnexAField.CHILD_ID)) {
            throw new InputProblem(name, header.line(), "has no '" + AnnexAField.CHILD_ID.title() + "' column");
        }
        if (requested != null) {
            if (!columns.containsKey(requested.key())) {
                throw new InputProblem(name, header.line(), "is not list " + requested.number() + " ("
                        + requested.title() + "): it has no '" + requested.key().title() + "' column");
            }
            return requested;
        }
        List<AnnexAList> found = Arrays.stream(AnnexAList.values())
                .filter(list -> columns.containsKey(list.key())).toList();
        if (found.size() != 1) {
            throw new InputProblem(name, header.line(), found.isEmpty()
                    ? "is not a supported Annex A list: it has none of the key columns of lists 1, 3, 4, 5, 7 and 8"
                    : "could be more than one Annex A list: name it with --list");
        }
        return found.get(0);
    }

    /** Hands on a candidate per event of a sound row, or one candidate holding a faulty row's problems. */
    private void emit(String name, AnnexAList list, Map<AnnexAField, Integer> columns, CsvReader.Row row,
                      Consumer<Candidate> sink) {
        Map<AnnexAField, String> cells = new EnumMap<>(AnnexAField.class);
        columns.forEach((field, index) -> cells.put(field, index < row.cells().size() ? row.cells().get(index) : null));
        AnnexARow annexRow = new AnnexARow(cells);
        String child = annexRow.text(AnnexAField.CHILD_ID);
        if (child == null) {
            annexRow.problems().add(new FieldError(AnnexAField.CHILD_ID.title(), "is required"));
        } else if (!EnvelopeCheck.PERSON_ID.matcher(child).matches()) {
            annexRow.problems().add(new FieldError(AnnexAField.CHILD_ID.title(),
                    "must be 1-64 characters A-Z a-z 0-9 . _ : -"));
        }
        List<AnnexAList.Planned> planned = list.events(annexRow);
        if (!annexRow.problems().isEmpty()) {
            sink.accept(new Candidate(name, row.line(), null, annexRow.problems()));
            return;
        }
        List<ObjectNode> events = new ArrayList<>();
        Set<FieldError> problems = new LinkedHashSet<>();
        for (AnnexAList.Planned event : planned) {
            ObjectNode envelope = envelope(name, list, row, child, event);
            problems.addAll(check.problems(envelope));
            events.add(envelope);
        }
        if (!problems.isEmpty()) {
            sink.accept(new Candidate(name, row.line(), null, List.copyOf(problems)));
            return;
        }
        events.forEach(event -> sink.accept(new Candidate(name, row.line(), event, List.of())));
    }

    private ObjectNode envelope(String name, AnnexAList list, CsvReader.Row row, String child,
                                AnnexAList.Planned event) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("eventId", EventIds.derive("A" + list.number() + "-" + event.type(), name, row.cells()));
        envelope.put("type", event.type());
        envelope.put("recordingAgency", agency);
        envelope.put("occurredAt", event.occurredAt());
        if (event.dateBasis() != null) {
            envelope.put("estimated", true);
            envelope.put("dateBasis", event.dateBasis());
        }
        envelope.putArray("children").add(child);
        envelope.put("summary", event.summary());
        envelope.set("details", json.valueToTree(event.details()));
        envelope.put("source", "Ofsted Annex A list " + list.number() + " (" + list.title() + "): " + name);
        return envelope;
    }
}
