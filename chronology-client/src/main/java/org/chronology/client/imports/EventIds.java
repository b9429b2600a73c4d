package org.chronology.client.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Event ids for rows that have none, derived from the file's name and the row's content: the same row of
 * the same file always gets the same id, so importing a file again (after an interruption, say) sends ids
 * the service already holds and gets duplicates back instead of new entries. The line number is left out,
 * so inserting rows above does not change the ids below.
 */
public final class EventIds {

    private static final char SEPARATOR = '\u001f';

    private EventIds() {
    }

    /** @return {@code prefix-} and 16 hex digits of SHA-256 over the file name and the trimmed cells */
    public static String derive(String prefix, String fileName, List<String> cells) {
        StringBuilder content = new StringBuilder(fileName);
        for (String cell : cells) {
            content.append(SEPARATOR).append(cell == null ? "" : cell.strip());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return prefix + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
