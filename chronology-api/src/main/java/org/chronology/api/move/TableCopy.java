package org.chronology.api.move;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies one table in chunks in the order of its key, each chunk committed on the target with the marker's
 * note of the chunk's last key: an interrupted copy resumes after the last committed chunk, whatever order the
 * target's collation would give the keys. Values go across unchanged (see {@link Values}).
 */
final class TableCopy {

    private static final int CHUNK = 2_000;
    /** Separates the parts of a composite key in the marker; no identifier holds it. */
    private static final String SEPARATOR = "\u001f";

    private final Connection source;
    private final Connection target;
    private final MovedTables.Table table;
    private final Marker marker;
    private final PrintStream out;

    TableCopy(Connection source, Connection target, MovedTables.Table table, Marker marker, PrintStream out) {
        this.source = source;
        this.target = target;
        this.table = table;
        this.marker = marker;
        this.out = out;
    }

    void run() throws SQLException {
        Marker.State state = marker.of(table.name());
        if (state.done()) {
            out.printf("%s: %,d rows copied before%n", table.name(), state.copied());
            return;
        }
        List<String> columns = columns();
        String list = String.join(", ", columns);
        String keys = String.join(", ", table.key());
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        int[] keyAt = table.key().stream().mapToInt(k -> indexOf(columns, k)).toArray();
        long total = count();
        Progress progress = new Progress(out, table.name(), state.copied(), total);
        String lastKey = state.lastKey();
        long copied = state.copied();
        try (PreparedStatement insert = target.prepareStatement("INSERT INTO " + table.name() + " (" + list
                + ") VALUES (" + marks + ")")) {
            while (true) {
                List<Object[]> rows = chunk(list, keys, keyAt, lastKey);
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                }
                if (!rows.isEmpty()) {
                    insert.executeBatch();
                    lastKey = keyOf(rows.get(rows.size() - 1), keyAt);
                    copied += rows.size();
                }
                marker.note(table.name(), lastKey, copied, rows.size() < CHUNK);
                target.commit();
                progress.copied(rows.size());
                if (rows.size() < CHUNK) {
                    break;
                }
            }
        }
        progress.finished();
    }

    /** The source's columns, which the target must have too: the same schema version on both sides. */
    private List<String> columns() throws SQLException {
        List<String> columns = names(source, table.name());
        Set<String> onTarget = new TreeSet<>(names(target, table.name()));
        if (!onTarget.equals(new TreeSet<>(columns))) {
            throw new MoveCommand.Refused("table " + table.name() + " has columns " + columns + " in the H2 store but "
                    + onTarget + " on the target");
        }
        return columns;
    }

    /** A table's columns in lower case, in the database's order. */
    static List<String> names(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private long count() throws SQLException {
        try (Statement statement = source.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<Object[]> chunk(String list, String keys, int[] keyAt, String lastKey) throws SQLException {
        String after = lastKey == null ? "" : " WHERE (" + keys + ") > (" + String.join(", ",
                table.key().stream().map(k -> "?").toList()) + ")";
        try (PreparedStatement query = source.prepareStatement("SELECT " + list + " FROM " + table.name() + after
                + " ORDER BY " + keys + " LIMIT " + CHUNK)) {
            if (lastKey != null) {
                String[] parts = lastKey.split(SEPARATOR, -1);
                for (int i = 0; i < parts.length; i++) {
                    query.setString(i + 1, parts[i]);
                }
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                int[] types = Values.types(rs.getMetaData());
                while (rs.next()) {
                    Object[] row = new Object[types.length];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = Values.read(rs, i + 1, types[i]);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static String keyOf(Object[] row, int[] keyAt) {
        List<String> parts = new ArrayList<>();
        for (int at : keyAt) {
            parts.add(String.valueOf(row[at]));
        }
        return String.join(SEPARATOR, parts);
    }

    private int indexOf(List<String> columns, String key) {
        int at = columns.indexOf(key.toLowerCase(Locale.ROOT));
        if (at < 0) {
            throw new IllegalStateException(table.name() + " has no key column " + key);
        }
        return at;
    }
}
