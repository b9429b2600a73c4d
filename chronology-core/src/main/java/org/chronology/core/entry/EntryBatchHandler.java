package org.chronology.core.entry;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.chronology.core.api.command.CorrectEntry;
import org.chronology.core.api.command.EntryCommand;
import org.chronology.core.api.command.EntryOutcome;
import org.chronology.core.api.command.RecordEntries;
import org.chronology.core.api.command.RecordEntry;
import org.chronology.core.api.event.EntryHeader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a whole batch in one unit of work, so one transaction stores up to a thousand entries. Each command
 * still goes to its own {@link Entry}, which alone decides recorded, duplicate or conflict; the index only
 * spares the stream reads for ids never used before. When the index and the store disagree (a batch failed
 * on an id the index did not know), {@link RecordEntries#checkStore()} makes the store decide.
 */
public class EntryBatchHandler {

    private final Repository<Entry> repository;
    private final EntryIndex index;

    public EntryBatchHandler(Repository<Entry> repository, EntryIndex index) {
        this.repository = repository;
        this.index = index;
    }

    @CommandHandler
    public List<EntryOutcome> handle(RecordEntries batch) throws Exception {
        List<String> ids = batch.commands().stream().map(c -> c.envelope().entryId()).toList();
        Map<String, EntryIndex.UsedId> usedBefore = index.find(ids);
        Map<String, String> usedInBatch = new HashMap<>();
        List<EntryOutcome> outcomes = new ArrayList<>(ids.size());
        for (EntryCommand command : batch.commands()) {
            String ownId = command.envelope().entryId();
            String usedOn = usedInBatch.containsKey(ownId) ? usedInBatch.get(ownId)
                    : usedBefore.containsKey(ownId) ? usedBefore.get(ownId).entryId() : null;
            EntryOutcome outcome;
            if (usedOn == null) {
                outcome = batch.checkStore() && stored(command.entryId()) ? dispatchToTarget(command) : handleFresh(command);
            } else if (!usedOn.equals(command.entryId())) {
                // The agency used this id on another entry: same key, other content.
                outcome = EntryOutcome.conflict(command.envelope().eventId(), null);
            } else {
                outcome = dispatchToTarget(command);
            }
            if (outcome.acknowledged()) {
                usedInBatch.putIfAbsent(ownId, command.entryId());
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private EntryOutcome handleFresh(EntryCommand command) throws Exception {
        if (command instanceof RecordEntry record) {
            repository.newInstance(Entry::new, created -> handle(created, record));
            return EntryOutcome.recorded(record.envelope().eventId(), record.envelope().recordedAt());
        }
        return dispatchToTarget(command);
    }

    private boolean stored(String entryId) {
        try {
            repository.load(entryId);
            return true;
        } catch (AggregateNotFoundException e) {
            return false;
        }
    }

    private EntryOutcome dispatchToTarget(EntryCommand command) {
        EntryHeader envelope = command.envelope();
        try {
            Aggregate<Entry> target = repository.load(command.entryId());
            return (EntryOutcome) target.handle(GenericCommandMessage.asCommandMessage(command));
        } catch (AggregateNotFoundException e) {
            String field = command instanceof CorrectEntry ? "details.correctsEventId" : "details.retractsEventId";
            return EntryOutcome.refused(envelope.eventId(), field,
                    "no entry with this id was recorded by " + envelope.recordingAgency());
        } catch (EntryRefusedException e) {
            return e.isConflict()
                    ? EntryOutcome.conflict(envelope.eventId(), null)
                    : EntryOutcome.refused(envelope.eventId(), e.field(), e.getMessage());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void handle(Aggregate<Entry> created, RecordEntry record) {
        try {
            created.handle(GenericCommandMessage.asCommandMessage(record));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
