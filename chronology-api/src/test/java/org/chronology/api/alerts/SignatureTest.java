package org.chronology.api.alerts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook signature is HMAC-SHA256 of timestamp, a dot and the body, as any receiver's library computes it. */
class SignatureTest {

    @Test
    void givenASecretTimestampAndBody_thenTheHexHmacOfTimestampDotBody() {
        // Computed independently: python3 hmac.new(b'secret-1', b'1700000000.{"alertId":"a"}', sha256).hexdigest()
        assertThat(Signature.of("secret-1", "1700000000", "{\"alertId\":\"a\"}"))
                .isEqualTo("sha256=1187576067f376d9453c1fcf8deac9c16a421ddc590d347e8870da06f1ed866a");
    }

    @Test
    void givenAnotherTimestampOrSecret_thenAnotherSignature() {
        String signed = Signature.of("secret-1", "1700000000", "{}");
        assertThat(Signature.of("secret-1", "1700000001", "{}")).isNotEqualTo(signed);
        assertThat(Signature.of("secret-2", "1700000000", "{}")).isNotEqualTo(signed);
    }
}
