package org.chronology.core.entry;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.chronology.core.api.command.CorrectEntry;
import org.chronology.core.api.command.EntryOutcome;
import org.chronology.core.api.command.RecordEntry;
import org.chronology.core.api.command.RetractEntry;
import org.chronology.core.api.event.EntryCorrected;
import org.chronology.core.api.event.EntryRetracted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.chronology.core.validation.Envelopes.command;
import static org.chronology.core.validation.Envelopes.json;
import static org.chronology.core.validation.Envelopes.strategyMeeting;

class EntryTest {

    private static final Instant LATER = Instant.parse("2026-11-23T09:00:00Z");
    private FixtureConfiguration<Entry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Entry.class);
    }

    private static RecordEntry meeting() {
        return (RecordEntry) command(strategyMeeting("T-036"));
    }

    @Test
    void aNewEntryIsRecorded() {
        RecordEntry record = meeting();
        fixture.givenNoPriorActivity()
                .when(record)
                .expectSuccessfulHandlerExecution()
                .expectEvents(record.event())
                .expectResultMessagePayload(EntryOutcome.recorded("T-036", record.envelope().recordedAt()));
    }

    @Test
    void anIdenticalResendIsADuplicateThatKeepsTheFirstRecordingTime() {
        RecordEntry first = meeting();
        RecordEntry resend = (RecordEntry) command(strategyMeeting("T-036"), LATER);
        fixture.given(first.event())
                .when(resend)
                .expectNoEvents()
                .expectResultMessagePayload(EntryOutcome.duplicate("T-036", first.envelope().recordedAt()));
    }

    @Test
    void theSameIdWithOtherContentIsAConflict() {
        var changed = strategyMeeting("T-036");
        changed.put("summary", "Another summary");
        fixture.given(meeting().event())
                .when(command(changed))
                .expectNoEvents()
                .expectException(EntryRefusedException.class)
                .expectExceptionMessage("an entry with eventId T-036 was already recorded with different content");
    }

    @Test
    void theRecordingAgencyCorrectsItsEntryAndTheOriginalStays() {
        CorrectEntry correction = (CorrectEntry) command(correction("C-1", "{'correctsEventId':'T-036','occurredAt':'2018-04'}"));
        fixture.given(meeting().event())
                .when(correction)
                .expectEvents(new EntryCorrected("CSC:T-036", correction.envelope(), correction.details()));
    }

    @Test
    void aResentCorrectionIsADuplicate() {
        CorrectEntry correction = (CorrectEntry) command(correction("C-1", "{'correctsEventId':'T-036','summary':'Fixed'}"));
        fixture.given(meeting().event(), new EntryCorrected("CSC:T-036", correction.envelope(), correction.details()))
                .when(command(correction("C-1", "{'correctsEventId':'T-036','summary':'Fixed'}"), LATER))
                .expectNoEvents()
                .expectResultMessagePayload(EntryOutcome.duplicate("C-1", correction.envelope().recordedAt()));
    }

    @Test
    void correctedDetailsAreReadAgainstTheEntrysTypeAndKeptAsGiven() {
        CorrectEntry correction = (CorrectEntry) command(correction("C-2",
                "{'correctsEventId':'T-036','details':{'invited':'police','decision':'section 47'}}"));
        Map<String, Object> read = Map.of("invited", List.of("POLICE"), "decision", "s47",
                "asGiven", Map.of("invited", "police", "decision", "section 47"));

        fixture.given(meeting().event())
                .when(correction)
                .expectEvents(new EntryCorrected("CSC:T-036", correction.envelope(),
                        correction.details().withDetails(read)));
    }

    @Test
    void anEntryIsRetractedOnceAndThenCannotBeCorrected() {
        RetractEntry retraction = (RetractEntry) command(retraction("R-1"));
        fixture.given(meeting().event())
                .when(retraction)
                .expectEvents(new EntryRetracted("CSC:T-036", retraction.envelope(), retraction.details()));

        fixture.given(meeting().event(), new EntryRetracted("CSC:T-036", retraction.envelope(), retraction.details()))
                .when(command(correction("C-3", "{'correctsEventId':'T-036','summary':'Too late'}")))
                .expectNoEvents()
                .expectException(EntryRefusedException.class)
                .expectExceptionMessage("the entry was retracted and cannot be changed");
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode correction(String id, String details) {
        return json("{'eventId':'" + id + "','type':'entry.corrected','recordingAgency':'CSC',"
                + "'summary':'Correction','details':" + details + "}");
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode retraction(String id) {
        return json("{'eventId':'" + id + "','type':'entry.retracted','recordingAgency':'CSC',"
                + "'summary':'Entered on the wrong child','details':{'retractsEventId':'T-036','reason':'wrong child'}}");
    }
}
