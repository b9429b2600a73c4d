package org.chronology.api.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.storage.Journal;
import org.chronology.api.support.Envelope;
import org.chronology.core.api.command.EntryCommand;
import org.chronology.core.api.event.Sector;
import org.chronology.core.entry.EntryIndex;
import org.chronology.core.validation.EnvelopeParser;
import org.chronology.core.validation.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class JournalledBatchesTest {

    @TempDir
    Path data;

    @Test
    void aBatchOfEveryKindOfEntryCommandReadsBackAsItWasRecorded() throws Exception {
        List<EntryCommand> batch = everyKind();
        JournalledBatches journalled = new JournalledBatches(new Journal(data, true, 1 << 20), null, null);

        assertThat(journalled.decode(journalled.encode(batch))).isEqualTo(batch);
    }

    @Test
    void atStartABatchWhoseIdsTheStoreHoldsIsNotRecordedAgain() {
        IngestService ingest = mock(IngestService.class);
        JournalledBatches journalled = startedWith(everyKind(), ingest, usedIds -> usedIds.stream()
                .collect(Collectors.toMap(id -> id, id -> new EntryIndex.UsedId("JRN", id.substring(4), id))));

        verifyNoInteractions(ingest);
        assertThat(journalled.isRunning()).isTrue();
    }

    @Test
    void atStartABatchWithAnIdTheStoreLacksIsRecordedAgain() {
        IngestService ingest = mock(IngestService.class);
        List<EntryCommand> batch = everyKind();
        when(ingest.recordAgain(batch)).thenReturn(List.of());
        startedWith(batch, ingest, usedIds -> Map.of());

        verify(ingest).recordAgain(batch);
    }

    /** Started on a journal holding {@code batch}, with {@code index} as the store's used ids. */
    private JournalledBatches startedWith(List<EntryCommand> batch, IngestService ingest, EntryIndex index) {
        JournalledBatches encoder = new JournalledBatches(new Journal(data, true, 1 << 20), null, null);
        Journal holdingBatch = new Journal(data, true, 1 << 20) {
            @Override
            public List<byte[]> records() {
                return List.of(encoder.encode(batch));
            }
        };
        @SuppressWarnings("unchecked")
        ObjectProvider<IngestService> provider = mock(ObjectProvider.class);
        when(provider.getObject()).thenReturn(ingest);
        JournalledBatches journalled = new JournalledBatches(holdingBatch, provider, index);
        journalled.start();
        return journalled;
    }

    private static List<EntryCommand> everyKind() {
        EnvelopeParser parser = new EnvelopeParser(agency -> Optional.of(Sector.LA_CSC));
        ObjectNode correction = Envelope.correction("J-3", "JRN", "J-1");
        correction.with("details").put("summary", "Home visit, seen alone");
        ObjectNode retraction = Envelope.correction("J-4", "JRN", "J-1").put("type", "entry.retracted");
        retraction.putObject("details").put("retractsEventId", "J-1").put("reason", "wrong child");
        List<EntryCommand> batch = List.of(
                Envelope.of("J-1", "visit.home", "JRN", "2024-01-05", "J-CHILD", "Home visit"),
                Envelope.allocation("J-2", "JRN", "2024-01-06", "J-CHILD", "W-1"),
                correction,
                retraction).stream()
                .map(envelope -> parser.parse(envelope, Instant.parse("2024-02-01T10:00:00Z")))
                .map(parsed -> parsed instanceof ParseResult.Valid valid ? valid.command() : fail(parsed.toString()))
                .toList();
        return batch;
    }

    @Test
    void nothingIsEncodedWhenTheJournalIsOff() {
        JournalledBatches journalled = new JournalledBatches(new Journal(data, false, 1 << 20), null, null);

        assertThat(journalled.encode(List.of())).isNull();
    }
}
