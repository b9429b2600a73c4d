package org.chronology.harness.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory of temporary files, removed with everything in it when closed: a full benchmark leaves a store of
 * over 6 GB, and a day of runs filled the disk.
 */
public record TemporaryDirectory(Path path) implements AutoCloseable {

    public static TemporaryDirectory create(String prefix) throws IOException {
        return new TemporaryDirectory(Files.createTempDirectory(prefix));
    }

    @Override
    public void close() throws IOException {
        delete(path);
    }

    /** Removes {@code directory} and everything in it; nothing when it is not there. */
    public static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
