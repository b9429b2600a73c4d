package org.chronology.client.imports;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did: events recorded, sent again and found already recorded (duplicates, as after an
 * interrupted run), and rejected, each rejection with its file, line and reasons; and the events recorded with
 * warnings (details read otherwise than given, or kept as given unread), each with its warnings. A dry run
 * only checks, so its events are counted as {@code valid} instead.
 */
public final class ImportReport {

    /** One event (or Annex A row) that was not recorded, and why. */
    public record Rejection(String location, String eventId, List<String> reasons) {

        @Override
        public String toString() {
            return location + (eventId == null ? "" : " " + eventId) + ": " + String.join("; ", reasons);
        }
    }

    private final boolean dryRun;
    private int recorded;
    private int duplicates;
    private int valid;
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<Rejection> warned = new ArrayList<>();
    private String stoppedBecause;

    public ImportReport(boolean dryRun) {
        this.dryRun = dryRun;
    }

    void recorded() {
        recorded++;
    }

    void duplicate() {
        duplicates++;
    }

    void valid() {
        valid++;
    }

    void rejected(Rejection rejection) {
        rejections.add(rejection);
    }

    /** An event recorded (or found already recorded) with warnings, kept in the shape of a rejection. */
    void warned(Rejection warnings) {
        warned.add(warnings);
    }

    void stopped(String reason) {
        stoppedBecause = reason;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public int recordedCount() {
        return recorded;
    }

    public int duplicateCount() {
        return duplicates;
    }

    public int validCount() {
        return valid;
    }

    public int rejectedCount() {
        return rejections.size();
    }

    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    /** The events recorded with warnings; each entry's reasons are its warnings. */
    public List<Rejection> warnings() {
        return List.copyOf(warned);
    }

    public int warningCount() {
        return warned.stream().mapToInt(w -> w.reasons().size()).sum();
    }

    /** Set when the import stopped early (the service unreachable or refusing every request). */
    public String stoppedBecause() {
        return stoppedBecause;
    }

    public boolean complete() {
        return stoppedBecause == null && rejections.isEmpty();
    }

    /** The summary people read at the end of a run and in the report file. */
    public String summary() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (dryRun) {
            out.printf("Dry run: %d events valid, %d rejected (nothing was sent)%n", valid, rejections.size());
        } else {
            out.printf("Recorded: %d%nDuplicates (already recorded): %d%nRejected: %d%n", recorded, duplicates,
                    rejections.size());
            out.printf("Warnings: %d on %d events (recorded; details kept as given)%n", warningCount(), warned.size());
        }
        if (!rejections.isEmpty()) {
            out.println();
            out.println("Rejected, by reason:");
            reasonCounts().forEach((reason, count) -> out.printf("  %6d  %s%n", count, reason));
            out.println();
            out.println("Rejected, each:");
            rejections.forEach(r -> out.println("  " + r));
        }
        if (!warned.isEmpty()) {
            out.println();
            out.println("Recorded with warnings, each:");
            warned.forEach(w -> out.println("  " + w));
        }
        if (stoppedBecause != null) {
            out.println();
            out.println("Stopped early: " + stoppedBecause);
            out.println("Run the same command again to finish: events already recorded come back as duplicates.");
        }
        out.flush();
        return text.toString();
    }

    private Map<String, Integer> reasonCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        rejections.forEach(r -> r.reasons().forEach(reason -> counts.merge(reason, 1, Integer::sum)));
        return counts;
    }

    public void write(Path file, String heading) throws IOException {
        Files.writeString(file, heading + System.lineSeparator() + System.lineSeparator() + summary(),
                StandardCharsets.UTF_8);
    }
}
