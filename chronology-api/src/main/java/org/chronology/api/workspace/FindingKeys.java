package org.chronology.api.workspace;

import org.chronology.projections.gaps.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's key: the same for the same gap however often it is judged (its rule, date and evidence), so a
 * reviewer's verdict stays with it. The rules' findings have no stored id of their own.
 */
public final class FindingKeys {

    private FindingKeys() {
    }

    public static String of(Finding finding) {
        String identity = finding.rule() + "|" + finding.occurredAt() + "|" + String.join(",", finding.evidence());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    static boolean wellFormed(String key) {
        return key.matches("[0-9a-f]{16}");
    }
}
