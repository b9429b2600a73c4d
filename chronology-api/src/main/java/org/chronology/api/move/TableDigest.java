package org.chronology.api.move;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table's rows as one figure: the count and the sum of each row's SHA-256 (every column, see {@link Values}).
 * The sum does not depend on the order the database returns the rows in, which for text keys follows its
 * collation; keys are unique, so no two rows can cancel out. For the event table it also counts the events by
 * type and by the agency that recorded them.
 *
 * @param byType   events by payload type (empty for other tables)
 * @param byAgency entries by recording agency (empty for other tables)
 */
record TableDigest(long rows, String digest, Map<String, Long> byType, Map<String, Long> byAgency) {

    /** Every column, in the same order on both sides, and only the rows up to {@code upTo} of a growing table. */
    static TableDigest of(Connection connection, MovedTables.Table table, List<String> columns, Long upTo)
            throws SQLException {
        String bound = upTo == null ? "" : " WHERE " + table.key().get(0) + " <= " + upTo;
        boolean events = table.equals(MovedTables.EVENTS);
        int payloadType = columns.indexOf("payloadtype");
        int type = columns.indexOf("type");
        int aggregate = columns.indexOf("aggregateidentifier");
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> byAgency = new TreeMap<>();
        MessageDigest sha = sha256();
        long rows = 0;
        long high = 0;
        long low = 0;
        boolean autoCommit = connection.getAutoCommit();
        // PostgreSQL streams a result only inside a transaction with a fetch size; H2 pages large results itself.
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(2_000);
            try (ResultSet rs = statement.executeQuery("SELECT " + String.join(", ", columns) + " FROM "
                    + table.name() + bound)) {
                int[] types = Values.types(rs.getMetaData());
                Object[] row = new Object[types.length];
                while (rs.next()) {
                    for (int i = 0; i < row.length; i++) {
                        row[i] = Values.read(rs, i + 1, types[i]);
                        Values.digest(sha, row[i]);
                    }
                    ByteBuffer hash = ByteBuffer.wrap(sha.digest());
                    high += hash.getLong();
                    low += hash.getLong();
                    rows++;
                    if (events) {
                        byType.merge(String.valueOf(row[payloadType]), 1L, Long::sum);
                        if ("Entry".equals(row[type])) {
                            String id = (String) row[aggregate];
                            byAgency.merge(id.substring(0, Math.max(0, id.indexOf(':'))), 1L, Long::sum);
                        }
                    }
                }
            }
        } finally {
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
        return new TableDigest(rows, String.format(Locale.ROOT, "%016x%016x", high, low), byType, byAgency);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
