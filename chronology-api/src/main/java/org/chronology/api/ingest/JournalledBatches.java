package org.chronology.api.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.chronology.api.axon.AxonConfiguration;
import org.chronology.api.storage.Journal;
import org.chronology.core.api.command.EntryCommand;
import org.chronology.core.api.command.EntryOutcome;
import org.chronology.core.api.command.RecordEntry;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.entry.EntryIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Batches as the {@link Journal} keeps them (JSON: each command's kind and content), and their recording again at
 * start, before the web server takes requests: whatever of them the store lost is recorded, the rest comes back as
 * duplicates. The journal then starts afresh.
 */
@Component
class JournalledBatches implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JournalledBatches.class);

    private final ObjectMapper mapper = AxonConfiguration.storeMapper();
    private final Journal journal;
    private final ObjectProvider<IngestService> ingest;
    private final EntryIndex index;
    private volatile boolean running;

    JournalledBatches(Journal journal, ObjectProvider<IngestService> ingest, EntryIndex index) {
        this.journal = journal;
        this.ingest = ingest;
        this.index = index;
    }

    /** Only the kinds of entry commands and events: a journal file names nothing else. */
    private static Class<?> kind(String name) throws IOException {
        try {
            Class<?> kind = Class.forName(name, false, JournalledBatches.class.getClassLoader());
            if (EntryCommand.class.isAssignableFrom(kind) || EntryRecorded.class.isAssignableFrom(kind)) {
                return kind;
            }
        } catch (ClassNotFoundException e) {
            // refused below
        }
        throw new IOException("Not an entry command or event: " + name);
    }

    byte[] encode(List<EntryCommand> batch) {
        if (!journal.enabled()) {
            return null;
        }
        ArrayNode commands = mapper.createArrayNode();
        for (EntryCommand command : batch) {
            // An entry's event is one of many kinds: the kind is kept beside it, as the event store keeps it.
            Object content = command instanceof RecordEntry record ? record.event() : command;
            commands.addObject().put("kind", content.getClass().getName()).set("command", mapper.valueToTree(content));
        }
        try {
            return mapper.writeValueAsBytes(commands);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<EntryCommand> decode(byte[] record) throws IOException {
        List<EntryCommand> batch = new ArrayList<>();
        for (JsonNode command : mapper.readTree(record)) {
            Object content = mapper.treeToValue(command.get("command"), kind(command.get("kind").asText()));
            batch.add(content instanceof EntryRecorded event ? new RecordEntry(event) : (EntryCommand) content);
        }
        return batch;
    }

    @Override
    public void start() {
        int batches = 0;
        long recorded = 0;
        for (byte[] record : journal.records()) {
            try {
                List<EntryCommand> batch = decode(record);
                if (!stored(batch)) {
                    recorded += ingest.getObject().recordAgain(batch).stream()
                            .filter(outcome -> outcome.status() == EntryOutcome.Status.RECORDED).count();
                }
                batches++;
            } catch (IOException e) {
                throw new UncheckedIOException("A journalled batch could not be read", e);
            }
        }
        if (recorded > 0) {
            log.warn("The store had lost {} acknowledged entries (an unclean stop); recorded again from the journal",
                    recorded);
        }
        log.info("Journal checked: {} batches", batches);
        // Each was recorded again through the writer, forced to disk: a later start need not check them again.
        journal.clear();
        running = true;
    }

    /**
     * Whether the store holds the whole batch: the index of used ids is written in the transaction that stores the
     * events, so ids found there were stored. One query for the batch, where recording it again looks at each
     * entry: a restart after a busy hour took seconds over a few dozen batches.
     */
    private boolean stored(List<EntryCommand> batch) {
        List<String> usedIds = batch.stream().map(command -> command.envelope().entryId()).toList();
        return index.find(usedIds).keySet().containsAll(usedIds);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After Axon starts (phase MAX_VALUE - 3072), before the web server does (MAX_VALUE - 2048). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2560;
    }
}
