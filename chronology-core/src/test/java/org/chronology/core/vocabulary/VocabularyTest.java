package org.chronology.core.vocabulary;

import org.chronology.core.api.event.EventType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The vocabulary covers the whole catalogue and holds facts only. */
class VocabularyTest {

    /** Keys the seed fixtures carried that state a reviewer's conclusion or an absence, not an agency's fact. */
    private static final List<String> CONCLUSIONS = List.of("notInvited", "healthPresent", "delayed", "delayDays",
            "notKnownTo", "reportsNote", "reportsMissing", "infoLimited", "contributorsNotInvolved", "fatherIncluded",
            "sharedPromptly", "escalatedToCSC", "formalEscalation", "escalationAfter", "infoExchanged",
            "referrerConsulted", "multiAgencyConsulted", "safetyArrangementsRecorded", "planningMeetingHeld",
            "historyUsed", "summaryProvided", "delay");

    @Test
    void givenTheCatalogue_whenTheVocabularyIsRead_thenEveryEventTypeAndBothRevisionsHaveFields() {
        List<String> types = Vocabulary.all().stream().map(TypeVocabulary::type).toList();

        assertThat(types).containsAll(Arrays.stream(EventType.values()).map(EventType::code).toList())
                .contains("entry.corrected", "entry.retracted")
                .hasSize(EventType.values().length + 2);
        assertThat(Vocabulary.all()).allSatisfy(type -> assertThat(type.fields()).as(type.type()).isNotEmpty());
    }

    @Test
    void givenEveryTypesFields_whenListed_thenNoneStatesAConclusionOrAnAbsence() {
        List<String> names = Vocabulary.all().stream().flatMap(t -> t.fields().stream()).map(Field::name).toList();

        assertThat(names).doesNotContainAnyElementsOf(CONCLUSIONS);
        assertThat(Vocabulary.all()).allSatisfy(type -> assertThat(type.fields())
                .allSatisfy(f -> assertThat(f.description()).as(type.type() + "." + f.name()).isNotBlank()));
    }

    @Test
    void givenTheFieldsTheRulesAndClientRead_whenLookedUp_thenTheirNamesAreKept() {
        assertThat(Vocabulary.of("strategy.meeting").orElseThrow().fields()).extracting(Field::name)
                .contains("invited", "attended", "decision");
        assertThat(Vocabulary.of("conference.initial").orElseThrow().field("reportsSubmitted")).isPresent();
        assertThat(Vocabulary.of("concern.recorded").orElseThrow().field("categories")).isPresent();
        assertThat(Vocabulary.of("escalation.raised").orElseThrow().field("formalPolicyUsed")).isPresent();
        assertThat(Vocabulary.of("case.closed").orElseThrow().field("partnersNotified")).isPresent();
    }

    @Test
    void givenAMeetingType_whenItsSchemaIsMade_thenAgencyListsAreArraysOfCodesAndCodedFieldsListTheirSynonyms() {
        var schema = JsonSchema.of(Vocabulary.of("strategy.meeting").orElseThrow());

        assertThat(schema.get("type").asText()).isEqualTo("object");
        assertThat(schema.at("/properties/invited/type").asText()).isEqualTo("array");
        assertThat(schema.at("/properties/invited/items/pattern").asText()).isEqualTo("^[A-Z0-9-]{2,32}$");
        assertThat(schema.at("/properties/decision/enum").toString()).contains("\"s47\"", "\"joint_s47\"");
        assertThat(schema.at("/properties/decision/x-synonyms/joint investigation").asText()).isEqualTo("joint_s47");
        assertThat(schema.at("/properties/asGiven/readOnly").asBoolean()).isTrue();
    }
}
