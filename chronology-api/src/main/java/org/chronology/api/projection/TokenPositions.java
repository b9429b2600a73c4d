package org.chronology.api.projection;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Where every segment of a streaming projection stands, read from the token table that all nodes share: a node
 * only processes the segments it claimed, so only the table knows how far the others are. Read without
 * claiming, unlike {@code TokenStore.fetchToken}.
 */
@Component
class TokenPositions {

    /** One segment as stored: its position (-1 before the first event), who claims it, and whether it replays. */
    record Claim(int segment, long position, String owner, boolean replaying) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    TokenPositions(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    List<Claim> of(String processor) {
        return jdbc.query("SELECT segment, token, tokenType, owner FROM TokenEntry WHERE processorName = ? ORDER BY segment",
                (rs, i) -> {
                    TrackingToken token = deserialize(rs.getBytes("token"), rs.getString("tokenType"));
                    long position = token == null ? -1 : token.position().orElse(-1);
                    return new Claim(rs.getInt("segment"), position, rs.getString("owner"), token instanceof ReplayToken);
                }, processor);
    }

    /** The newest entry event in the store (-1 for none): what a read on any node must see. */
    long lastRecordedEntry() {
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry WHERE type = 'Entry'", Long.class);
        return last == null ? -1 : last;
    }

    private TrackingToken deserialize(byte[] bytes, String type) {
        if (bytes == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }
}
