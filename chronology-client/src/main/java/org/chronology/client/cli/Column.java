package org.chronology.client.cli;

import java.util.function.Function;

/** A column of a listing ({@link Output#list}): its name in CSV, its heading in a table, how a row's value is read. */
record Column<T>(String name, String heading, Function<T, Object> value) {
}
