package org.chronology.core.entry;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.chronology.core.api.command.CorrectEntry;
import org.chronology.core.api.command.EntryOutcome;
import org.chronology.core.api.command.RecordEntry;
import org.chronology.core.api.command.RetractEntry;
import org.chronology.core.api.event.EntryCorrected;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.EntryRetracted;
import org.chronology.core.api.event.EventType;
import org.chronology.core.api.event.details.CorrectionDetails;
import org.chronology.core.vocabulary.Vocabulary;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One agency entry and its later corrections and retraction. The stream stays short, so the entry is the
 * consistency boundary for exactly-once recording: the event store's unique (aggregate, sequence) key turns
 * a concurrent second recording into a retry that finds this entry and answers duplicate or conflict.
 */
@Aggregate
public class Entry {

    @AggregateIdentifier
    private String entryId;
    private EventType type;
    private String fingerprint;
    private Instant recordedAt;
    private boolean retracted;
    /** Corrections and retractions applied here, by their own event id, for idempotent resends. */
    private final Map<String, Revision> revisions = new HashMap<>();

    Entry() {
        // Axon creates an empty entry and then lets the recording command decide.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    EntryOutcome handle(RecordEntry command) {
        EntryHeader submitted = command.envelope();
        if (entryId == null) {
            apply(command.event());
            return EntryOutcome.recorded(submitted.eventId(), submitted.recordedAt());
        }
        if (fingerprint.equals(submitted.fingerprint())) {
            return EntryOutcome.duplicate(submitted.eventId(), recordedAt);
        }
        throw EntryRefusedException.conflict(submitted.eventId());
    }

    @CommandHandler
    EntryOutcome handle(CorrectEntry command) {
        EntryHeader correction = command.envelope();
        EntryOutcome resend = resendOf(correction);
        if (resend != null) {
            return resend;
        }
        refuseIfRetracted("details.correctsEventId");
        CorrectionDetails fix = command.details();
        if (fix.details() != null) {
            // Corrected details are read like recorded ones, against the corrected entry's type.
            fix = fix.withDetails(Vocabulary.of(type.code()).orElseThrow().read(fix.details()).details().values());
        }
        apply(new EntryCorrected(entryId, correction, fix));
        return EntryOutcome.recorded(correction.eventId(), correction.recordedAt());
    }

    @CommandHandler
    EntryOutcome handle(RetractEntry command) {
        EntryHeader retraction = command.envelope();
        EntryOutcome resend = resendOf(retraction);
        if (resend != null) {
            return resend;
        }
        refuseIfRetracted("details.retractsEventId");
        apply(new EntryRetracted(entryId, retraction, command.details()));
        return EntryOutcome.recorded(retraction.eventId(), retraction.recordedAt());
    }

    private EntryOutcome resendOf(EntryHeader revision) {
        Revision seen = revisions.get(revision.eventId());
        if (seen == null) {
            return null;
        }
        if (seen.fingerprint().equals(revision.fingerprint())) {
            return EntryOutcome.duplicate(revision.eventId(), seen.recordedAt());
        }
        throw EntryRefusedException.conflict(revision.eventId());
    }

    private void refuseIfRetracted(String field) {
        if (retracted) {
            throw EntryRefusedException.invalid(field, "the entry was retracted and cannot be changed");
        }
    }

    @EventSourcingHandler
    void on(EntryRecorded event) {
        EntryHeader entry = event.entry();
        entryId = entry.entryId();
        type = event.type();
        fingerprint = entry.fingerprint();
        recordedAt = entry.recordedAt();
    }

    @EventSourcingHandler
    void on(EntryCorrected event) {
        revisions.put(event.correction().eventId(),
                new Revision(event.correction().fingerprint(), event.correction().recordedAt()));
    }

    @EventSourcingHandler
    void on(EntryRetracted event) {
        revisions.put(event.retraction().eventId(),
                new Revision(event.retraction().fingerprint(), event.retraction().recordedAt()));
        retracted = true;
    }

    private record Revision(String fingerprint, Instant recordedAt) {
    }
}
