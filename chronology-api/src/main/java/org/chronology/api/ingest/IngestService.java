package org.chronology.api.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.storage.Writer;
import org.chronology.core.api.command.EntryCommand;
import org.chronology.core.api.command.EntryOutcome;
import org.chronology.core.api.command.RecordEntries;
import org.chronology.core.api.command.RecordEntry;
import org.chronology.projections.timeline.TimelineAtOnce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Records validated commands as one unit of work, handed to this node's {@link Writer}: acknowledged once on
 * disk. When another request creates one of the same entries
 * at the same moment, the store's unique key fails the whole transaction; nothing of it was stored, so the
 * batch is simply run again and now finds those entries already there.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    private static final int ATTEMPTS = 5;

    private final CommandGateway commands;
    private final Writer writer;
    private final JournalledBatches journal;
    private final ProjectionProgress progress;
    private final MeterRegistry metrics;
    private final ApplicationEventPublisher publisher;

    IngestService(CommandGateway commands, Writer writer, JournalledBatches journal, ProjectionProgress progress,
                  MeterRegistry metrics, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.commands = commands;
        this.writer = writer;
        this.journal = journal;
        this.progress = progress;
        this.metrics = metrics;
    }

    public List<EntryOutcome> record(List<EntryCommand> batch) {
        return batch.isEmpty() ? List.of() : record(batch, journal.encode(batch), false);
    }

    /** Records again a batch the journal kept: what the store has already comes back as duplicates. */
    List<EntryOutcome> recordAgain(List<EntryCommand> batch) {
        return record(batch, null, true);
    }

    private List<EntryOutcome> record(List<EntryCommand> batch, byte[] journalled, boolean checkStore) {
        for (int attempt = 1; ; attempt++) {
            try {
                // A retry asks the store itself about ids the used-id index lacks: the first attempt may have
                // failed because the index missed an entry the store holds (seen after kill -9 on H2).
                RecordEntries command = new RecordEntries(batch, checkStore || attempt > 1);
                List<EntryOutcome> outcomes = writer.write(batch.size(), journalled, () -> commands.sendAndWait(command));
                List<RecordEntry> recorded = recorded(batch, outcomes);
                noteWrite(batch, recorded);
                count(outcomes);
                publisher.publishEvent(new EntriesAcknowledged(recorded.stream().map(RecordEntry::event).toList()));
                return outcomes;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isRace(e)) {
                    throw e;
                }
                log.debug("Concurrent recording of the same entries; retrying batch (attempt {})", attempt + 1);
            }
        }
    }

    /**
     * Tells the reads what this write left the timeline to do: a small post's new entries are on it already
     * ({@link TimelineAtOnce}; a post of that many commands records at most that many new entries); a larger
     * one's are remembered, for reads of their children to write. Every read waits for revisions.
     */
    private void noteWrite(List<EntryCommand> batch, List<RecordEntry> recordedEntries) {
        Map<String, List<String>> recorded = new HashMap<>();
        if (!TimelineAtOnce.writesInRequest(batch.size())) {
            for (RecordEntry record : recordedEntries) {
                // Under its adults too: a person's timeline is read by person id (a father's, a mother's).
                List<String> people = new ArrayList<>(record.envelope().children());
                people.addAll(record.envelope().adults());
                recorded.put(record.entryId(), people);
            }
        }
        progress.noteWrite(recorded, batch.stream().anyMatch(command -> !(command instanceof RecordEntry)));
    }

    /** The commands of the batch that recorded a new entry (not a duplicate, not refused). */
    private static List<RecordEntry> recorded(List<EntryCommand> batch, List<EntryOutcome> outcomes) {
        List<RecordEntry> recorded = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i) instanceof RecordEntry record && outcomes.get(i).status() == EntryOutcome.Status.RECORDED) {
                recorded.add(record);
            }
        }
        return recorded;
    }

    /** The ingest rate, by outcome: {@code chronology_ingest_events_total} in Prometheus. */
    private void count(List<EntryOutcome> outcomes) {
        outcomes.stream().collect(Collectors.groupingBy(EntryOutcome::status, Collectors.counting()))
                .forEach((status, n) -> metrics.counter("chronology.ingest.events", "outcome",
                        status.name().toLowerCase(Locale.ROOT)).increment(n));
    }

    private static boolean isRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof DeadlockException
                    || t instanceof DataIntegrityViolationException || t instanceof TransientDataAccessException
                    || t instanceof EventStoreException || t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
