package org.chronology.client.imports;

import org.chronology.client.api.BatchResult;
import org.chronology.client.api.Event;
import org.chronology.client.api.EventBatch;
import org.chronology.client.api.FieldError;
import org.chronology.client.api.ItemResult;
import org.chronology.client.api.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.client.imports.Sources.CHECK;
import static org.chronology.client.imports.Sources.JSON;

class ImporterTest {

    @TempDir
    Path dir;

    private final List<EventBatch> sent = new ArrayList<>();
    private Function<String, List<FieldError>> warningsOf = id -> List.of();

    @Test
    void sound_events_go_in_batches_of_at_most_the_batch_size_and_each_result_is_counted() throws IOException {
        ImportReport report = new Importer(answering(id -> ItemResult.RECORDED), 2, JSON, ImportProgress.none())
                .run(List.of(csv(5)));

        assertThat(sent).extracting(batch -> batch.events().size()).containsExactly(2, 2, 1);
        assertThat(report.recordedCount()).isEqualTo(5);
        assertThat(report.complete()).isTrue();
    }

    @Test
    void events_failing_the_local_checks_are_not_sent_and_are_reported_with_their_line() throws IOException {
        Path file = Files.writeString(dir.resolve("mixed.csv"), "eventId,type,recordingAgency,occurredAt,children,summary\n"
                + "E-1,visit.home,CSC,2018-03-01,C1,Visit\n"
                + "E-2,visit.home,CSC,2018-03-32,C1,Visit\n"
                + "E-3,visit.home,CSC,2018-03-03,C1,Visit\n");

        ImportReport report = new Importer(answering(id -> ItemResult.RECORDED), 10, JSON, ImportProgress.none())
                .run(List.of(new EventCsvSource(file, null, JSON, CHECK)));

        assertThat(sent.get(0).events()).extracting(Event::eventId).containsExactly("E-1", "E-3");
        assertThat(report.rejections()).singleElement().hasToString(
                "mixed.csv:3 E-2: occurredAt: must be YYYY, YYYY-MM, YYYY-MM-DD or an ISO-8601 date-time with offset");
        assertThat(report.recordedCount()).isEqualTo(2);
    }

    @Test
    void duplicates_count_apart_and_a_service_rejection_is_matched_to_its_line() throws IOException {
        ImportReport report = new Importer(answering(id -> switch (id) {
            case "E-1" -> ItemResult.DUPLICATE;
            case "E-2" -> ItemResult.REJECTED;
            default -> ItemResult.RECORDED;
        }), 10, JSON, ImportProgress.none()).run(List.of(csv(3)));

        assertThat(report.duplicateCount()).isEqualTo(1);
        assertThat(report.recordedCount()).isEqualTo(1);
        assertThat(report.rejections()).singleElement().hasToString("events.csv:3 E-2: type: unknown event type");
        assertThat(report.summary()).contains("Recorded: 1", "Duplicates (already recorded): 1", "Rejected: 1",
                "events.csv:3 E-2: type: unknown event type");
    }

    @Test
    void events_recorded_with_warnings_are_counted_and_listed_with_their_line() throws IOException {
        warningsOf = id -> id.equals("E-2")
                ? List.of(new FieldError("details.reason", "\"DNA\" read as \"did_not_attend\"")) : List.of();

        ImportReport report = new Importer(answering(id -> ItemResult.RECORDED), 10, JSON, ImportProgress.none())
                .run(List.of(csv(3)));

        assertThat(report.recordedCount()).isEqualTo(3);
        assertThat(report.complete()).isTrue();
        assertThat(report.warningCount()).isEqualTo(1);
        assertThat(report.warnings()).singleElement()
                .hasToString("events.csv:3 E-2: details.reason: \"DNA\" read as \"did_not_attend\"");
        assertThat(report.summary()).contains("Recorded: 3", "Warnings: 1 on 1 events",
                "events.csv:3 E-2: details.reason: \"DNA\" read as \"did_not_attend\"");
    }

    @Test
    void envelope_keys_the_contract_does_not_know_are_dropped_rather_than_refused() throws IOException {
        Path file = Files.writeString(dir.resolve("extra.jsonl"), "{\"eventId\":\"E-1\",\"type\":\"visit.home\","
                + "\"recordingAgency\":\"CSC\",\"occurredAt\":\"2018-03\",\"children\":[\"C1\"],\"summary\":\"Visit\","
                + "\"childAgeWeeks\":6,\"worker\":{\"id\":\"SW1\",\"role\":\"SOCIAL_WORKER\",\"team\":\"North\"},"
                + "\"details\":{\"anything\":{\"kept\":true}}}\n");

        ImportReport report = new Importer(answering(id -> ItemResult.RECORDED), 10, JSON, ImportProgress.none())
                .run(List.of(new JsonLinesSource(file, JSON, CHECK)));

        assertThat(report.recordedCount()).isEqualTo(1);
        assertThat(sent.get(0).events().get(0).details()).isEqualTo(Map.of("anything", Map.of("kept", true)));
    }

    @Test
    void a_dry_run_sends_nothing() throws IOException {
        ImportReport report = new Importer(null, 10, JSON, ImportProgress.none()).run(List.of(csv(3)));

        assertThat(report.validCount()).isEqualTo(3);
        assertThat(report.dryRun()).isTrue();
        assertThat(report.summary()).startsWith("Dry run: 3 events valid, 0 rejected (nothing was sent)");
    }

    @Test
    void when_the_service_fails_the_import_stops_and_says_how_to_finish() throws IOException {
        int[] calls = {0};
        Function<EventBatch, BatchResult> failingSecond = batch -> {
            if (++calls[0] == 2) {
                throw new IllegalStateException("Connect Error: Connection refused");
            }
            return answering(id -> ItemResult.RECORDED).apply(batch);
        };

        ImportReport report = new Importer(failingSecond, 2, JSON, ImportProgress.none()).run(List.of(csv(5)));

        assertThat(report.recordedCount()).isEqualTo(2);
        assertThat(report.stoppedBecause()).isEqualTo("Connect Error: Connection refused");
        assertThat(report.summary()).contains("Run the same command again to finish");
    }

    private EventSource csv(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("eventId,type,recordingAgency,occurredAt,children,summary\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("E-").append(i).append(",visit.home,CSC,2018-03-0").append(i).append(",C1,Visit\n");
        }
        return new EventCsvSource(Files.writeString(dir.resolve("events.csv"), csv), null, JSON, CHECK);
    }

    /** A fake service answering each event with the status {@code statusOf} gives its id. */
    private Function<EventBatch, BatchResult> answering(Function<String, String> statusOf) {
        return batch -> {
            sent.add(batch);
            List<ItemResult> results = batch.events().stream().map(e -> {
                String status = statusOf.apply(e.eventId());
                return new ItemResult(e.eventId(), status, null, ItemResult.REJECTED.equals(status)
                        ? new Problem("/problems/validation", "The request is not valid", 400, "type unknown", null,
                        List.of(new FieldError("type", "unknown event type"))) : null, warningsOf.apply(e.eventId()));
            }).toList();
            return new BatchResult(0, 0, 0, results);
        };
    }
}
