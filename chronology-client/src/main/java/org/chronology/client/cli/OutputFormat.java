package org.chronology.client.cli;

/** How a read command prints its answer. */
enum OutputFormat {
    TABLE, CSV, JSON
}
