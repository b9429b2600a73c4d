package org.chronology.api.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
/** A real record is never refused for its wording: details the vocabulary cannot read are kept, with a warning. */
class TolerantRecordingTest extends ServiceTest {

    private static final String AGENCY = "TR-CSC";
    private static int sequence;

    @BeforeEach
    void agency() {
        registerAgencies(Map.of(AGENCY, "la.csc"));
    }

    private static ObjectNode envelope(String child, String type, Consumer<ObjectNode> details) {
        ObjectNode envelope = Envelope.of("TR-" + (++sequence), type, AGENCY, "2018-03", child, "An entry");
        details.accept(envelope.putObject("details"));
        return envelope;
    }

    private ApiClient.Response post(ObjectNode envelope) {
        return asAgency(AGENCY).post("/api/v1/events", envelope);
    }

    private JsonNode storedDetails(String child) {
        JsonNode entries = timeline(child, "").get("entries");
        assertThat(entries).hasSize(1);
        return entries.get(0).get("details");
    }

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("decision NFA", "referral.decision", "decision", "NFA", "nfa"),
                Arguments.of("decision No further action", "referral.decision", "decision", "No further action", "nfa"),
                Arguments.of("reason DNA", "appointment.missed", "reason", "DNA", "did_not_attend"),
                Arguments.of("reason was not brought", "appointment.missed", "reason", "was not brought", "was_not_brought"),
                Arguments.of("unknown decision", "referral.decision", "decision", "Strategy discussion to be held", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordings")
    void givenAnAgencysOwnWording_whenPosted_thenItIsRecordedWithAWarningAndKeptAsGiven(
            String name, String type, String field, String given, String canonical) {
        String child = "TR-Child-" + name.replace(' ', '-');
        var response = post(envelope(child, type, d -> d.put(field, given).put("note", "kept")));

        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.json().get("status").asText()).isEqualTo("recorded");
        assertThat(response.json().get("warnings").findValuesAsText("field")).containsExactly("details." + field);
        JsonNode details = storedDetails(child);
        assertThat(details.path(field).isMissingNode() ? null : details.get(field).asText()).isEqualTo(canonical);
        assertThat(details.at("/asGiven/" + field).asText()).isEqualTo(given);
        assertThat(details.get("note").asText()).isEqualTo("kept");
    }

    @Test
    void givenACanonicalReasonDeclined_whenPosted_thenItIsRecordedWithoutWarning() {
        var response = post(envelope("TR-Child-declined", "appointment.missed", d -> d.put("reason", "declined")));

        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.json().has("warnings")).isFalse();
        assertThat(storedDetails("TR-Child-declined").get("reason").asText()).isEqualTo("declined");
    }

    static Stream<Arguments> detailsOnceRefused() {
        return Stream.of(
                Arguments.of("invited as a string", "strategy.meeting", (Consumer<ObjectNode>) d -> d.put("invited", "POLICE")),
                Arguments.of("invited with a lower-case code", "strategy.meeting",
                        (Consumer<ObjectNode>) d -> d.putArray("invited").add("police")),
                Arguments.of("suspectedNAI as a number", "injury.observed", (Consumer<ObjectNode>) d -> d.put("suspectedNAI", 1)),
                Arguments.of("an unknown missed-appointment reason", "appointment.missed",
                        (Consumer<ObjectNode>) d -> d.put("reason", "forgot")),
                Arguments.of("a number where text is expected", "appointment.missed",
                        (Consumer<ObjectNode>) d -> d.put("service", 42)),
                Arguments.of("info.shared without recipients", "info.shared", (Consumer<ObjectNode>) d -> d.put("content", "x")),
                Arguments.of("an object where a code is expected", "referral.decision",
                        (Consumer<ObjectNode>) d -> d.putObject("decision").put("a", 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("detailsOnceRefused")
    void givenDetailsTheVocabularyCannotRead_whenPosted_thenTheEntryIsRecordedNotRefused(
            String name, String type, Consumer<ObjectNode> details) {
        long before = storedEvents();
        var response = post(envelope("TR-Child-" + name.replace(' ', '-'), type, details));

        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void givenTheSameWordingResent_whenPostedAgain_thenItIsADuplicateWithTheSameWarning() {
        ObjectNode envelope = envelope("TR-Child-resend", "appointment.missed", d -> d.put("reason", "WNB"));
        post(envelope);

        var again = post(envelope);

        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("duplicate");
        assertThat(again.json().get("warnings").findValuesAsText("field")).containsExactly("details.reason");
    }

    @Test
    void givenABatch_whenPosted_thenEachResultCarriesItsOwnWarnings() {
        ObjectNode plain = envelope("TR-Child-batch", "appointment.missed", d -> d.put("reason", "refused"));
        ObjectNode worded = envelope("TR-Child-batch", "appointment.missed", d -> d.put("reason", "DNA"));
        var response = asAgency(AGENCY).post("/api/v1/events/batch", Map.of("events", List.of(plain, worded)));

        assertThat(response.status()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(response.json().get("recorded").asInt()).isEqualTo(2);
        assertThat(results.get(0).has("warnings")).isFalse();
        assertThat(results.get(1).get("warnings").findValuesAsText("field")).containsExactly("details.reason");
        assertThat(results.get(1).get("warnings").get(0).get("message").asText()).contains("did_not_attend");
    }
}
