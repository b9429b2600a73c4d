package org.chronology.api.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.chronology.api.axon.DeadLetterConfiguration;
import org.chronology.api.security.AdministrativeReads;
import org.chronology.api.security.Caller;
import org.chronology.api.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Events a projection could not handle, parked with why (see {@link DeadLetterConfiguration}). Once the cause
 * is fixed, a retry hands each parked sequence to the projection again, oldest first; what fails again stays.
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
class DeadLettersController {

    /** One parked event. {@code entry} and {@code sequenceNumber} name the entry stream it belongs to. */
    record Letter(String projection, String eventIdentifier, String payloadType, String entry, Long sequenceNumber,
                  Instant enqueuedAt, Instant lastTouched, String causeType, String causeMessage) {
    }

    record Retried(String projection, int retried, long remaining) {
    }

    private final EventProcessingConfiguration processing;
    private final AdministrativeReads reads;

    DeadLettersController(EventProcessingConfiguration processing, AdministrativeReads reads) {
        this.processing = processing;
        this.reads = reads;
    }

    @GetMapping
    List<Letter> all(Caller caller) {
        caller.requireAdmin("manage dead letters");
        reads.record(caller, "dead-letters");
        List<Letter> letters = new ArrayList<>();
        for (String projection : DeadLetterConfiguration.GROUPS) {
            queue(projection).deadLetters().forEach(sequence -> sequence.forEach(letter -> letters.add(view(projection, letter))));
        }
        return letters;
    }

    @PostMapping("/{projection}/retry")
    Retried retry(@PathVariable String projection, Caller caller) {
        caller.requireAdmin("manage dead letters");
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(projection)
                .orElseThrow(() -> notFound(projection));
        int retried = 0;
        for (long attempt = queue.amountOfSequences(); attempt > 0; attempt--) {
            if (processor.processAny()) {
                retried++;
            }
        }
        return new Retried(projection, retried, queue.size());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String projection) {
        return processing.deadLetterQueue(projection).orElseThrow(() -> notFound(projection));
    }

    private static Letter view(String projection, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        return new Letter(projection, event.getIdentifier(), event.getPayloadType().getName(),
                domain == null ? null : domain.getAggregateIdentifier(), domain == null ? null : domain.getSequenceNumber(),
                letter.enqueuedAt(), letter.lastTouched(), letter.cause().map(Cause::type).orElse(null),
                letter.cause().map(Cause::message).orElse(null));
    }

    private static Problem notFound(String projection) {
        return Problem.of(HttpStatus.NOT_FOUND, "No projection with a dead-letter queue is called " + projection + ".");
    }
}
