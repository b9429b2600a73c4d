package org.chronology.api.alerts;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The webhook signature: HMAC-SHA256, keyed with the subscription's secret, of the timestamp header, a dot and
 * the body, in lower-case hex. Signing the timestamp lets a receiver refuse an old delivery replayed by someone
 * else; the idempotency id lets it drop one it has seen.
 */
public final class Signature {

    public static final String TIMESTAMP = "Chronology-Timestamp";
    public static final String SIGNATURE = "Chronology-Signature";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String DELIVERY = "Chronology-Delivery";
    static final String PREFIX = "sha256=";

    private Signature() {
    }

    /** The signature header's value for this timestamp and body. */
    public static String of(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
