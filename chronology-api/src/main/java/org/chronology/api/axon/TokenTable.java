package org.chronology.api.axon;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The streaming processors' token table, which all nodes share, read and written beside Axon's token store:
 * read without claiming, unlike {@code TokenStore.fetchToken}, and claims released without holding them.
 */
@Component
public class TokenTable {

    /** One segment's row: its token (null before the first event) and the node that claims it (null for none). */
    public record StoredToken(int segment, TrackingToken token, String owner) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    TokenTable(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Every segment of the processor, in segment order. */
    public List<StoredToken> tokens(String processor) {
        return jdbc.query("SELECT segment, token, tokenType, owner FROM TokenEntry WHERE processorName = ? ORDER BY segment",
                (rs, i) -> new StoredToken(rs.getInt("segment"),
                        deserialize(rs.getBytes("token"), rs.getString("tokenType")), rs.getString("owner")),
                processor);
    }

    /** Takes every claim on the processor's segments away; their nodes let go when they next store a token. */
    public void releaseClaims(String processor) {
        jdbc.update("UPDATE TokenEntry SET owner = NULL WHERE processorName = ?", processor);
    }

    private TrackingToken deserialize(byte[] bytes, String type) {
        if (bytes == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }
}
