package org.chronology.projections.sql;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** {@code IN (?, ?, ...)} lists, in chunks small enough for any database's parameter limit. */
public final class InLists {

    private static final int CHUNK = 500;

    private InLists() {
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * Runs {@code sql}, whose {@code %s} stands for an {@code IN} list's placeholders, once per chunk of
     * {@code values}, with {@code moreArgs} after the chunk's, handing every row to {@code rows}.
     */
    public static <T> void query(JdbcTemplate jdbc, String sql, Collection<T> values, RowCallbackHandler rows,
                                 Object... moreArgs) {
        for (List<T> chunk : chunks(values)) {
            List<Object> args = new ArrayList<>(chunk);
            args.addAll(List.of(moreArgs));
            jdbc.query(String.format(sql, placeholders(chunk.size())), rows, args.toArray());
        }
    }
}
