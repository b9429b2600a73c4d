package org.chronology.core.validation;

import org.chronology.core.api.command.RecordEntry;
import org.chronology.core.api.event.EventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.core.validation.Envelopes.json;
import static org.chronology.core.validation.Envelopes.parse;

/** person.recorded and relationship.recorded: entries that may name adults only. */
class PeopleEnvelopeTest {

    @Test
    void aFatherRecordedOnlyAsAnAdultIsAccepted() {
        var node = json("{'eventId':'P-1','type':'person.recorded','recordingAgency':'CSC','occurredAt':'2018-03-01',"
                + "'adults':['F-1'],'summary':'Father','details':{'dateOfBirth':'1990-04-02'}}");
        var command = (RecordEntry) ((ParseResult.Valid) parse(node)).command();
        assertThat(command.event().type()).isEqualTo(EventType.PERSON_RECORDED);
    }

    @Test
    void aPersonRecordNamesExactlyOnePerson() {
        var node = json("{'eventId':'P-2','type':'person.recorded','recordingAgency':'CSC','occurredAt':'2018-03-01',"
                + "'children':['C-1'],'adults':['F-1'],'summary':'Two people'}");
        assertThat(((ParseResult.Invalid) parse(node)).errors()).extracting(FieldError::field).containsExactly("children");
    }

    @Test
    void aRelationshipReadsItsCodeTolerantly() {
        var node = json("{'eventId':'R-1','type':'relationship.recorded','recordingAgency':'CSC','occurredAt':'2018-03-01',"
                + "'children':['C-1'],'adults':['F-1'],'summary':'Father',"
                + "'details':{'person':'F-1','relationship':'Dad','of':'C-1'}}");
        var valid = (ParseResult.Valid) parse(node);
        assertThat(((RecordEntry) valid.command()).event().details().values()).containsEntry("relationship", "father");
        assertThat(valid.warnings()).hasSize(1);
    }

    @Test
    void aRelationshipNamesItsPeople() {
        var node = json("{'eventId':'R-2','type':'relationship.recorded','recordingAgency':'CSC','occurredAt':'2018-03-01',"
                + "'summary':'Nobody','details':{'person':'F-1','relationship':'father','of':'C-1'}}");
        assertThat(((ParseResult.Invalid) parse(node)).errors()).extracting(FieldError::field).containsExactly("children");
    }

    @Test
    void aRelationshipIsFiledUnderBothItsPeopleWhateverTheEnvelopeNames() {
        var node = json("{'eventId':'R-3','type':'relationship.recorded','recordingAgency':'CSC','occurredAt':'2018-03-01',"
                + "'children':['C-1'],'summary':'Father','details':{'person':'F-1','relationship':'father','of':'C-1'}}");
        var valid = (ParseResult.Valid) parse(node);
        assertThat(((RecordEntry) valid.command()).event().entry().adults()).containsExactly("F-1");
        assertThat(valid.warnings()).extracting(FieldError::field).containsExactly("details.person");
    }
}
