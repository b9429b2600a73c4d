package org.chronology.client.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronology.client.api.BatchResult;
import org.chronology.client.api.Event;
import org.chronology.client.api.EventBatch;
import org.chronology.client.api.FieldError;
import org.chronology.client.api.ItemResult;
import org.chronology.client.api.Problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads sources, checks each event locally and sends the sound ones in batches, matching each result to
 * the file and line it came from. Events that fail the local checks are never sent; the rest of the file
 * still is. Event ids make a re-run safe: what the service already holds comes back as a duplicate.
 */
public final class Importer {

    private final Function<EventBatch, BatchResult> sender;
    private final int batchSize;
    private final ObjectMapper json;
    private final ImportProgress progress;

    /**
     * @param sender sends one batch ({@code client::recordBatch}); null for a dry run, which sends nothing
     * @param batchSize events per request, at most {@link EventBatch#MAX_EVENTS}
     * @param json binds envelopes to {@link Event}s; keys the contract does not know are dropped, as the
     *             service would ignore them
     */
    public Importer(Function<EventBatch, BatchResult> sender, int batchSize, ObjectMapper json, ImportProgress progress) {
        if (batchSize < 1 || batchSize > EventBatch.MAX_EVENTS) {
            throw new IllegalArgumentException("the batch size must be 1-" + EventBatch.MAX_EVENTS);
        }
        this.sender = sender;
        this.batchSize = batchSize;
        this.json = json;
        this.progress = progress;
    }

    /**
     * Imports every source in order. When sending a batch fails (the service cannot be reached, or refuses
     * the whole request, as with a revoked token), the import stops there and the report says so: what was
     * acknowledged so far stays recorded, and a re-run picks up the rest.
     */
    public ImportReport run(List<EventSource> sources) throws IOException {
        ImportReport report = new ImportReport(sender == null);
        long total = 0;
        for (EventSource source : sources) {
            long[] count = {0};
            source.read(candidate -> count[0]++);
            total += count[0];
        }
        progress.start(total);
        Run run = new Run(report);
        try {
            for (EventSource source : sources) {
                source.read(run::accept);
            }
            run.flush();
        } catch (RuntimeException e) {
            report.stopped(describe(e));
        }
        progress.finish(run.done);
        return report;
    }

    private static String describe(RuntimeException failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /** The state of one run: the batch being filled and how many events are settled. */
    private final class Run {

        private final ImportReport report;
        private final List<Candidate> pending = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private long done;

        Run(ImportReport report) {
            this.report = report;
        }

        void accept(Candidate candidate) {
            if (!candidate.valid()) {
                reject(candidate, candidate.problems().stream().map(FieldError::toString).toList());
                done++;
                return;
            }
            Event event;
            try {
                event = json.treeToValue(candidate.envelope(), Event.class);
            } catch (JsonProcessingException e) {
                reject(candidate, List.of("cannot be read as an event: " + e.getOriginalMessage()));
                done++;
                return;
            }
            if (sender == null) {
                report.valid();
                done++;
                progress.advance(done);
                return;
            }
            pending.add(candidate);
            events.add(event);
            if (pending.size() == batchSize) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            BatchResult result = sender.apply(new EventBatch(List.copyOf(events)));
            for (int i = 0; i < pending.size(); i++) {
                ItemResult item = result.results().get(i);
                switch (item.status()) {
                    case ItemResult.RECORDED -> report.recorded();
                    case ItemResult.DUPLICATE -> report.duplicate();
                    default -> reject(pending.get(i), reasons(item.problem()));
                }
                if (!item.warnings().isEmpty()) {
                    report.warned(new ImportReport.Rejection(pending.get(i).location(), pending.get(i).eventId(),
                            item.warnings().stream().map(FieldError::toString).toList()));
                }
            }
            done += pending.size();
            pending.clear();
            events.clear();
            progress.advance(done);
        }

        private void reject(Candidate candidate, List<String> reasons) {
            report.rejected(new ImportReport.Rejection(candidate.location(), candidate.eventId(), reasons));
        }

        private List<String> reasons(Problem problem) {
            if (problem == null) {
                return List.of("rejected without a reason");
            }
            if (problem.errors().isEmpty()) {
                return List.of(problem.describe());
            }
            return problem.errors().stream().map(FieldError::toString).toList();
        }
    }
}
