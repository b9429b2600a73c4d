package org.chronology.api.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminTokenStrengthTest {

    @Test
    void aLongVariedTokenIsAccepted() {
        String strong = "q8Vd2mXk4Lp9Rz7Tn1Bw6Yc3Hs5Gf0Ja";
        assertThat(AdminTokenStrength.check(strong)).isEqualTo(strong);
    }

    @Test
    void noConfiguredTokenIsLeftToTheGeneratedOne() {
        assertThat(AdminTokenStrength.check("")).isEmpty();
    }

    @Test
    void aShortARepetitiveOrAnUnprintableTokenStopsStartUp() {
        for (String weak : new String[]{"admin", "password-password-password-passw", "a".repeat(64),
                "q8Vd2mXk4Lp9Rz7Tn1Bw6Yc3Hs5Gf0J a"}) {
            assertThatThrownBy(() -> AdminTokenStrength.check(weak)).as(weak)
                    .hasMessageContaining("CHRONOLOGY_ADMIN_TOKEN is too weak");
        }
    }
}
