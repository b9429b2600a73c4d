package org.chronology.api.projection;

import org.axonframework.eventhandling.ReplayToken;
import org.chronology.api.axon.EventStoreTables;
import org.chronology.api.axon.TokenTable;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Where every segment of a streaming projection stands, read from the token table that all nodes share: a node
 * only processes the segments it claimed, so only the table knows how far the others are.
 */
@Component
class TokenPositions {

    /** One segment as stored: its position (-1 before the first event), who claims it, and whether it replays. */
    record Claim(int segment, long position, String owner, boolean replaying) {
    }

    private final TokenTable tokens;
    private final EventStoreTables events;

    TokenPositions(TokenTable tokens, EventStoreTables events) {
        this.tokens = tokens;
        this.events = events;
    }

    List<Claim> of(String processor) {
        return tokens.tokens(processor).stream().map(stored -> new Claim(stored.segment(),
                stored.token() == null ? -1 : stored.token().position().orElse(-1), stored.owner(),
                stored.token() instanceof ReplayToken)).toList();
    }

    /** The newest entry event in the store (-1 for none): what a read on any node must see. */
    long lastRecordedEntry() {
        return events.lastEntryPosition();
    }

    /** Takes every node's claims on the processor's segments away (see {@link ProjectionProgress#replay}). */
    void releaseClaims(String processor) {
        tokens.releaseClaims(processor);
    }
}
