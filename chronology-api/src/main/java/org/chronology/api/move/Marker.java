package org.chronology.api.move;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The target's record of a move: which H2 store it comes from, how far each table's copy has gone (the last key
 * copied, in the source's order) and whether it finished. Each chunk's rows and its marker row are committed
 * together, so an interrupted move resumes exactly after what the target holds. The table stays after the move,
 * as the record of where the data came from.
 */
final class Marker {

    static final String TABLE = "move_from_h2";
    /** The row of the move itself: its key is the source's identity, {@code done} once every table is copied. */
    static final String STORE = "(store)";

    record State(String lastKey, long copied, boolean done, String notedAt) {
    }

    private final Connection target;

    Marker(Connection target) {
        this.target = target;
    }

    void create() throws SQLException {
        try (Statement statement = target.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (item VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " last_key VARCHAR(2000), copied BIGINT NOT NULL, done BOOLEAN NOT NULL,"
                    + " noted_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
    }

    State of(String item) throws SQLException {
        try (PreparedStatement query = target.prepareStatement(
                "SELECT last_key, copied, done, noted_at FROM " + TABLE + " WHERE item = ?")) {
            query.setString(1, item);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? new State(rs.getString(1), rs.getLong(2), rs.getBoolean(3), rs.getString(4))
                        : new State(null, 0, false, null);
            }
        }
    }

    /** Within the caller's transaction: committed with the rows it describes. */
    void note(String item, String lastKey, long copied, boolean done) throws SQLException {
        try (PreparedStatement upsert = target.prepareStatement("INSERT INTO " + TABLE
                + " (item, last_key, copied, done, noted_at) VALUES (?, ?, ?, ?, now()) ON CONFLICT (item) DO UPDATE"
                + " SET last_key = EXCLUDED.last_key, copied = EXCLUDED.copied, done = EXCLUDED.done,"
                + " noted_at = EXCLUDED.noted_at")) {
            upsert.setString(1, item);
            upsert.setString(2, lastKey);
            upsert.setLong(3, copied);
            upsert.setBoolean(4, done);
            upsert.executeUpdate();
        }
    }
}
