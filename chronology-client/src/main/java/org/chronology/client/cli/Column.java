package org.chronology.client.cli;

import java.util.function.Function;

/**
 * A column of a listing ({@link Output#list}): its name in CSV, its heading in a table, the widest it may be in a
 * table (0 for no limit) and how a row's value is read.
 */
record Column<T>(String name, String heading, int limit, Function<T, Object> value) {

    Column(String name, String heading, Function<T, Object> value) {
        this(name, heading, 0, value);
    }
}
