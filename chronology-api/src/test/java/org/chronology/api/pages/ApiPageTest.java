package org.chronology.api.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The API page: a signed-in user reads the service's OpenAPI document as its operations and schemas. */
class ApiPageTest extends BrowserTest {


    @Test
    void aSignedInAgencyReadsEveryOperationAndSchemaOfTheApi() {
        registerAgencies(Map.of("APIPAGE", "la.csc"));
        String token = admin.post("/api/v1/agencies/APIPAGE/tokens", Map.of("issuedTo", "Integrator"))
                .json().get("token").asText();
        JsonNode document = api.get("/v3/api-docs").json();
        int operations = 0;
        for (JsonNode path : document.get("paths")) {
            operations += path.size();
        }

        browser.signIn(token, "timeline.html");
        browser.find("nav a[href='api.html']").click();

        assertThat(browser.awaitStatus("Showing")).isEqualTo("Showing " + operations + " operations.");
        assertThat(browser.all("#operations tbody tr")).hasSize(operations);
        assertThat(browser.text("#operations")).contains("POST /api/v1/events", "201 Recorded", "400, 401, 403");
        assertThat(browser.text("#refusals")).contains("409", "The eventId is already used with other content");
        assertThat(browser.text("#schemas")).contains("Problem", "Envelope", "eventId (required)");
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("api");
        browser.signOut();
    }

    @Test
    void withoutSigningInThePageSendsTheVisitorToSignIn() {
        browser.open("/app/api.html");
        browser.await(d -> d.getCurrentUrl().endsWith("/app/"));
        assertThat(browser.all("#operations tbody tr")).isEmpty();
    }
}
