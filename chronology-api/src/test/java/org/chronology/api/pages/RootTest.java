package org.chronology.api.pages;

import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who types the service's address into a browser gets the sign-in page, not a JSON problem, and it says
 * where a token comes from.
 */
class RootTest extends ServiceTest {

    @Test
    void theRootSendsABrowserToTheSignInPage() {
        var response = api.get("/");

        assertThat(response.status()).isEqualTo(302);
        assertThat(api.rawHeaders("/").firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/app/"));
        assertThat(api.get("/app/").text()).contains("Sign in", "token your administrator gave you")
                .contains("an administrator issues them", "printed on the", "console when it first starts");
    }
}
