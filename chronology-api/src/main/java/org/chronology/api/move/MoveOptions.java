package org.chronology.api.move;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the move and the check are given: the stopped service's data directory and the PostgreSQL database's
 * coordinates. Defaults are the service's own settings ({@code CHRONOLOGY_DATA_DIR}, {@code CHRONOLOGY_DB_*}),
 * so an operator who ran the service with them need give nothing twice.
 */
record MoveOptions(boolean move, Path sourceDataDir, String targetUrl, String targetUser, String targetPassword) {

    static final String MOVE = "--move-to-postgres";
    static final String CHECK = "--check-move";

    static MoveOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        boolean move = false;
        for (String arg : args) {
            if (arg.equals(MOVE)) {
                move = true;
            } else if (arg.startsWith("--") && arg.contains("=")) {
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (!arg.equals(CHECK)) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        String url = values.getOrDefault("target-url", System.getenv("CHRONOLOGY_DB_URL"));
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--target-url=jdbc:postgresql://host:port/database is required");
        }
        String dataDir = values.getOrDefault("source-data-dir", envOr("CHRONOLOGY_DATA_DIR", "./data"));
        return new MoveOptions(move, Path.of(dataDir), url,
                values.getOrDefault("target-user", envOr("CHRONOLOGY_DB_USER", "chronology")),
                values.getOrDefault("target-password", envOr("CHRONOLOGY_DB_PASSWORD", "")));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
