package org.chronology.core.validation;

import org.chronology.core.api.command.RecordEntry;
import org.chronology.core.api.event.Occurrence;
import org.chronology.core.api.event.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.core.validation.Envelopes.command;
import static org.chronology.core.validation.Envelopes.json;
import static org.chronology.core.validation.Envelopes.parse;
import static org.chronology.core.validation.Envelopes.strategyMeeting;

class EnvelopeParserTest {

    @Test
    void aMonthPrecisionDateCoversItsMonthAndSortsAtItsStart() {
        Occurrence when = ((RecordEntry) command(strategyMeeting("T-1"))).envelope().occurrence();
        assertThat(when.precision()).isEqualTo(Precision.MONTH);
        assertThat(when.earliest()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(when.latest()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(when.sortKey()).isEqualTo(LocalDate.of(2018, 3, 1).toEpochDay() * 86_400);
    }

    @Test
    void boundsAloneGiveAnUnknownPrecisionSpanningThem() {
        var node = strategyMeeting("T-2");
        node.remove("occurredAt");
        node.put("occurredNotBefore", "2019-01-01");
        node.put("occurredNotAfter", "2019-03-31");
        Occurrence when = ((RecordEntry) command(node)).envelope().occurrence();
        assertThat(when.precision()).isEqualTo(Precision.UNKNOWN);
        assertThat(when.occurredAt()).isNull();
        assertThat(when.earliest()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(when.latest()).isEqualTo(LocalDate.of(2019, 3, 31));
    }

    @Test
    void anInstantKeepsItsOffsetAndDay() {
        var node = strategyMeeting("T-3");
        node.put("occurredAt", "2018-03-05T23:30:00+01:00");
        Occurrence when = ((RecordEntry) command(node)).envelope().occurrence();
        assertThat(when.precision()).isEqualTo(Precision.INSTANT);
        assertThat(when.earliest()).isEqualTo(LocalDate.of(2018, 3, 5));
    }

    @ParameterizedTest(name = "occurredAt {0} is refused")
    @CsvSource({
            // NOW is 2026-11-22T10:00Z: the local date is today, but the instant is 24 hours ahead.
            "2026-11-22T10:00-18:00", "2026-11-22T10:00-14:00", "2026-11-22T10:06:00Z",
            "2018-03-05T10:00+14:30", "2018-03-05T10:00-18:00"})
    void aDateTimeInTheFutureAsAnInstantOrBeyondFourteenHoursOffsetIsRefused(String occurredAt) {
        var node = strategyMeeting("T-4");
        node.put("occurredAt", occurredAt);
        assertThat(((ParseResult.Invalid) parse(node, Envelopes.NOW)).errors()).extracting(FieldError::field)
                .containsExactly("occurredAt");
    }

    @ParameterizedTest(name = "occurredAt {0} is accepted")
    @CsvSource({"2026-11-22T10:04:59Z", "2026-11-22T23:59+14:00", "2018-03-05T10:00-12:00"})
    void aDateTimeWithinFiveMinutesOfRecordingAndFourteenHoursOffsetIsAccepted(String occurredAt) {
        var node = strategyMeeting("T-5");
        node.put("occurredAt", occurredAt);
        assertThat(parse(node, Envelopes.NOW)).isNotInstanceOf(ParseResult.Invalid.class);
    }

    @Test
    void equalContentGivesEqualFingerprintsWhateverTheKeyOrder() {
        var reordered = json("{'details':{'decision':'s47','attended':['CSC'],'invited':['CSC','POLICE']},"
                + "'summary':'Strategy meeting','children':['T-Twin1'],'occurredAt':'2018-03',"
                + "'recordingAgency':'CSC','type':'strategy.meeting','eventId':'T-036'}");
        assertThat(command(reordered).envelope().fingerprint())
                .isEqualTo(command(strategyMeeting("T-036")).envelope().fingerprint());
    }

    @ParameterizedTest(name = "{0} = {1} is refused at {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "eventId|'bad id!'|eventId",
            "type|'no.such.type'|type",
            "recordingAgency|'NOBODY'|recordingAgency",
            "recordingAgency|'lower'|recordingAgency",
            "occurredAt|'2018-13'|occurredAt",
            "occurredAt|'2018-02-30'|occurredAt",
            "occurredAt|'1850-01-01'|occurredAt",
            "occurredAt|'2999-01-01'|occurredAt",
            "occurredAt|'2018-03-05T10:00:00'|occurredAt",
            "occurredAt|12|occurredAt",
            "children|[]|children",
            "children|['ok','bad id']|children[1]",
            "children|'T-1'|children",
            "summary|''|summary",
            "summary|'   '|summary",
            "details|[1]|details",
            "knownTo|['police']|knownTo[0]",
            "worker|{'id':'W1'}|worker.role",
            "estimated|'yes'|estimated",
    })
    void badFieldsAreNamed(String field, String value, String errorField) {
        var node = strategyMeeting("T-9");
        node.set(field, json("{'v':" + value + "}").get("v"));
        ParseResult result = parse(node);
        assertThat(result).isInstanceOf(ParseResult.Invalid.class);
        assertThat(((ParseResult.Invalid) result).errors()).extracting(FieldError::field).contains(errorField);
    }

    @Test
    void workerEventsNeedAWorker() {
        var node = json("{'eventId':'W-1','type':'worker.allocated','recordingAgency':'CSC','occurredAt':'2018-03',"
                + "'children':['T-Twin1'],'summary':'New social worker'}");
        assertThat(((ParseResult.Invalid) parse(node)).errors()).extracting(FieldError::field).containsExactly("worker");
    }

    @Test
    void summaryOverFourThousandCharactersIsRefused() {
        var node = strategyMeeting("T-10");
        node.put("summary", "x".repeat(4_001));
        assertThat(((ParseResult.Invalid) parse(node)).errors()).extracting(FieldError::field).containsExactly("summary");
    }
}
