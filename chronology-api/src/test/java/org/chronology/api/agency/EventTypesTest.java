package org.chronology.api.agency;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.support.ServiceTest;
import org.chronology.core.vocabulary.TypeVocabulary;
import org.chronology.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/event-types publishes every type's vocabulary of facts as a JSON Schema. */
class EventTypesTest extends ServiceTest {

    private JsonNode catalogue;

    @BeforeEach
    void read() {
        registerAgencies(Map.of("ET-CSC", "la.csc"));
        var response = asAgency("ET-CSC").get("/api/v1/event-types");
        assertThat(response.status()).isEqualTo(200);
        catalogue = response.json();
    }

    private JsonNode served(String type) {
        for (JsonNode entry : catalogue) {
            if (entry.get("type").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError(type + " is not in the catalogue");
    }

    static Stream<String> types() {
        return Vocabulary.all().stream().map(TypeVocabulary::type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void givenAType_whenTheCatalogueIsRead_thenItsSchemaDescribesEveryFieldItsTypedDetailsName(String type) {
        JsonNode entry = served(type);
        JsonNode schema = entry.get("schema");

        assertThat(entry.get("description").asText()).isNotBlank();
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("type").asText()).isEqualTo("object");
        List<String> properties = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> typed = new ArrayList<>();
        entry.get("typedDetails").forEach(name -> typed.add(name.asText()));
        assertThat(typed).isNotEmpty();
        assertThat(properties).containsAll(typed).contains("asGiven").hasSize(typed.size() + 1);
        schema.get("properties").forEach(property -> {
            assertThat(property.get("description").asText()).isNotBlank();
            assertThat(property.get("type").asText()).isIn("string", "integer", "boolean", "array", "object");
        });
    }

    @Test
    void givenTheCatalogue_whenRead_thenItListsEachTypeOnce() {
        List<String> served = new ArrayList<>();
        catalogue.forEach(entry -> served.add(entry.get("type").asText()));

        assertThat(served).doesNotHaveDuplicates().containsExactlyElementsOf(types().toList());
    }

    @Test
    void givenACodedField_whenItsSchemaIsRead_thenItListsTheCanonicalValuesAndTheirSynonyms() {
        JsonNode reason = served("appointment.missed").at("/schema/properties/reason");

        assertThat(reason.get("enum").toString()).contains("\"was_not_brought\"", "\"did_not_attend\"", "\"declined\"");
        assertThat(reason.at("/x-synonyms/DNA").asText()).isEqualTo("did_not_attend");
        assertThat(reason.at("/x-synonyms/WNB").asText()).isEqualTo("was_not_brought");
        assertThat(served("referral.decision").at("/schema/properties/decision/x-synonyms/No further action").asText())
                .isEqualTo("nfa");
    }
}
