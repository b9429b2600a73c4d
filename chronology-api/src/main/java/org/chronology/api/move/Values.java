package org.chronology.api.move;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Column values as both databases agree on them, for copying and for comparing. Dates and instants are read as
 * java.time values (never through the JVM's time zone), binary columns as bytes: H2 and PostgreSQL then hand
 * back equal values for equal contents.
 */
final class Values {

    private Values() {
    }

    static int[] types(ResultSetMetaData meta) throws SQLException {
        int[] types = new int[meta.getColumnCount()];
        for (int i = 0; i < types.length; i++) {
            types[i] = meta.getColumnType(i + 1);
        }
        return types;
    }

    static Object read(ResultSet rs, int column, int type) throws SQLException {
        return switch (type) {
            case Types.DATE -> rs.getObject(column, LocalDate.class);
            // PostgreSQL reports TIMESTAMP WITH TIME ZONE as TIMESTAMP; the schema has no other timestamps.
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(column, OffsetDateTime.class);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(column);
            default -> rs.getObject(column);
        };
    }

    /** Feeds one value into a digest, length-prefixed so that no two rows' values run into each other. */
    static void digest(MessageDigest digest, Object value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value instanceof byte[] binary ? binary : text(value).getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    /** An instant is the same instant whatever offset a driver gives it. */
    static String text(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant().toString() : value.toString();
    }
}
