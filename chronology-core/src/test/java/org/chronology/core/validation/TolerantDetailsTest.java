package org.chronology.core.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.core.api.command.RecordEntry;
import org.chronology.core.api.event.details.Details;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.core.validation.Envelopes.json;
import static org.chronology.core.validation.Envelopes.parse;

/** Nothing inside details refuses an entry: what the vocabulary cannot read is kept as given, with a warning. */
class TolerantDetailsTest {

    private static ObjectNode envelope(String type, String details) {
        return json("{'eventId':'D-1','type':'" + type + "','recordingAgency':'CSC','occurredAt':'2018-03',"
                + "'children':['T-Twin1'],'summary':'An entry','details':" + details + "}");
    }

    private static ParseResult.Valid valid(String type, String details) {
        ParseResult result = parse(envelope(type, details));
        assertThat(result).isInstanceOf(ParseResult.Valid.class);
        return (ParseResult.Valid) result;
    }

    private static Details details(ParseResult.Valid valid) {
        return ((RecordEntry) valid.command()).event().details();
    }

    @Test
    void givenASynonym_whenParsed_thenTheCanonicalCodeIsStoredTheOriginalKeptAndTheAgencyWarned() {
        ParseResult.Valid valid = valid("referral.decision", "{'decision':'NFA','note':'seen by manager'}");

        assertThat(details(valid).values()).containsEntry("decision", "nfa")
                .containsEntry("note", "seen by manager")
                .containsEntry("asGiven", Map.of("decision", "NFA"));
        assertThat(valid.warnings()).extracting(FieldError::field).containsExactly("details.decision");
        assertThat(valid.warnings().get(0).message()).contains("\"NFA\"", "\"nfa\"");
    }

    @Test
    void givenAnUnknownDecision_whenParsed_thenItIsKeptAsGivenAndReadAsUnknown() {
        ParseResult.Valid valid = valid("referral.decision", "{'decision':'Strategy discussion to be held'}");

        assertThat(details(valid).values()).doesNotContainKey("decision")
                .containsEntry("asGiven", Map.of("decision", "Strategy discussion to be held"));
        assertThat(valid.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("details.decision");
            assertThat(w.message()).contains("read as unknown", "nfa", "early_help");
        });
    }

    @Test
    void givenAnUnscheduledCareSettingTheVocabularyDoesNotKnow_whenParsed_thenTheAttendanceIsKeptWithAWarning() {
        ParseResult.Valid valid = valid("hospital.ed_attendance", "{'setting':'pharmacy','arrival':'self'}");

        assertThat(details(valid).values()).doesNotContainKey("setting").containsEntry("arrival", "self_presented")
                .containsEntry("asGiven", Map.of("setting", "pharmacy", "arrival", "self"));
        assertThat(valid.warnings()).extracting(FieldError::field).contains("details.setting");
    }

    @Test
    void givenACanonicalValue_whenParsed_thenItIsStoredAsItIsWithoutWarning() {
        ParseResult.Valid valid = valid("appointment.missed", "{'reason':'declined','service':'health visiting'}");

        assertThat(details(valid).values()).isEqualTo(Map.of("reason", "declined", "service", "health visiting"));
        assertThat(valid.warnings()).isEmpty();
    }

    @Test
    void givenWronglyTypedValues_whenParsed_thenEachIsKeptAsGivenWithItsOwnWarning() {
        ParseResult.Valid valid = valid("injury.observed",
                "{'suspectedNAI':'yes','childMobile':3,'description':17,'explanation':'fell'}");

        assertThat(details(valid).values()).containsEntry("suspectedNAI", true).containsEntry("explanation", "fell")
                .doesNotContainKeys("childMobile", "description")
                .containsEntry("asGiven", Map.of("suspectedNAI", "yes", "childMobile", 3, "description", 17));
        assertThat(valid.warnings()).extracting(FieldError::field)
                .containsExactly("details.suspectedNAI", "details.childMobile", "details.description");
    }

    @Test
    void givenAListWithOneBadCode_whenParsed_thenTheReadableCodesAreStoredAndTheBadOneIsNamed() {
        ParseResult.Valid valid = valid("strategy.meeting", "{'invited':['CSC','police','the school (head)']}");

        assertThat(details(valid).values()).containsEntry("invited", List.of("CSC", "POLICE"));
        assertThat(valid.warnings()).extracting(FieldError::field)
                .containsExactly("details.invited[1]", "details.invited[2]");
    }

    @Test
    void givenAnAsGivenKeyOfTheAgencysOwn_whenParsed_thenItIsKeptUnderAsGiven() {
        ParseResult.Valid valid = valid("case.opened", "{'asGiven':'mine'}");

        assertThat(details(valid).values()).isEqualTo(Map.of("asGiven", Map.of("asGiven", "mine")));
        assertThat(valid.warnings()).extracting(FieldError::field).containsExactly("details.asGiven");
    }

    @Test
    void givenTheSameEnvelopeTwice_whenParsed_thenTheFingerprintsAreEqual() {
        String details = "{'reason':'DNA','count':'three'}";

        assertThat(((RecordEntry) valid("appointment.missed", details).command()).envelope().fingerprint())
                .isEqualTo(((RecordEntry) valid("appointment.missed", details).command()).envelope().fingerprint());
    }
}
