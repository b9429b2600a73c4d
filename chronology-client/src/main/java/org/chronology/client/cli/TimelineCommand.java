package org.chronology.client.cli;

import org.chronology.client.api.Timeline;
import org.chronology.client.api.TimelineEntry;
import org.chronology.client.api.TimelineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "timeline", description = "Print a child's chronology, oldest first.")
final class TimelineCommand implements Callable<Integer> {

    private static final List<String> CSV_COLUMNS = List.of("occurredAt", "precision", "type", "recordingAgency",
            "actingAgency", "summary", "status", "eventId", "recordedAt", "children", "adults", "workerId",
            "workerRole", "knownTo", "details");

    @Mixin
    Connection connection;

    @Parameters(paramLabel = "CHILD_ID", description = "The child's id.")
    String childId;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only entries whose date may fall on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only entries whose date may fall on or before this day.")
    LocalDate to;

    @Option(names = "--agency", paramLabel = "CODE", description = "Only entries this agency recorded or acted in (repeatable).")
    List<String> agencies = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", description = "Only entries of this type (repeatable).")
    List<String> types = new ArrayList<>();

    @Option(names = "--known-to", paramLabel = "CODE", description = "Only what this agency knew (with --as-of).")
    String knownTo;

    @Option(names = "--as-of", paramLabel = "WHEN", description = "An ISO-8601 instant, or a date meaning the end of that day.")
    String asOf;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        Timeline timeline = connection.request(
                client -> client.timeline(childId, new TimelineQuery(from, to, agencies, types, knownTo, asOf)));
        return output.print(timeline, out -> csv(timeline, out), out -> table(timeline, out));
    }

    private static void table(Timeline timeline, PrintWriter out) {
        out.println("Timeline of " + timeline.childId() + (timeline.knownTo() == null ? ""
                : " as known to " + timeline.knownTo() + " at " + timeline.asOf()) + ": " + timeline.count()
                + (timeline.count() == 1 ? " entry" : " entries"));
        if (timeline.entries().isEmpty()) {
            return;
        }
        out.println();
        Table table = new Table(List.of("OCCURRED", "TYPE", "AGENCY", "SUMMARY", "EVENT ID"), 0, 0, 0, 80, 0);
        for (TimelineEntry entry : timeline.entries()) {
            String agency = entry.actingAgency() == null || entry.actingAgency().equals(entry.recordingAgency())
                    ? entry.recordingAgency() : entry.recordingAgency() + " for " + entry.actingAgency();
            String summary = "current".equals(entry.status()) ? entry.summary()
                    : "[" + entry.status() + "] " + entry.summary();
            table.row(entry.occurredAt() != null ? entry.occurredAt()
                    : entry.period().from() + ".." + entry.period().to(), entry.type(), agency, summary, entry.eventId());
        }
        table.print(out);
    }

    private static void csv(Timeline timeline, PrintWriter out) {
        Csv.row(out, CSV_COLUMNS);
        for (TimelineEntry e : timeline.entries()) {
            Csv.row(out, Arrays.asList(e.occurredAt(), e.precision(), e.type(), e.recordingAgency(),
                    e.actingAgency(), e.summary(), e.status(), e.eventId(), e.recordedAt(), join(e.children()),
                    join(e.adults()), e.worker() == null ? null : e.worker().id(),
                    e.worker() == null ? null : e.worker().role(), join(e.knownTo()),
                    e.details() == null || e.details().isEmpty() ? null : Json.compact(e.details())));
        }
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join(";", values);
    }
}
