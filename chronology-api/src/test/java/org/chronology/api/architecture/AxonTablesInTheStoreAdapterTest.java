package org.chronology.api.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the store adapter ({@code org.chronology.api.axon}) knows Axon's tables: SQL strings are invisible to
 * ArchUnit, so every module's main sources are read for the tables' names (case aside, as SQL reads them).
 */
class AxonTablesInTheStoreAdapterTest {

    private static final Pattern AXON_TABLE = Pattern.compile(
            "\\b(DomainEventEntry|SnapshotEventEntry|TokenEntry|DeadLetterEntry|SagaEntry|AssociationValueEntry)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Path ADAPTER = Path.of("chronology-api/src/main/java/org/chronology/api/axon");

    @Test
    void noMainSourceOutsideTheStoreAdapterNamesAnAxonTable() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sources = mainSources(root);
        List<String> adapter = new ArrayList<>();
        List<String> offenders = new ArrayList<>();
        for (Path source : sources) {
            Path relative = root.relativize(source);
            List<String> hits = namings(source, relative);
            (relative.getParent().equals(ADAPTER) ? adapter : offenders).addAll(hits);
        }

        // The scan reads the sources it should: every module's, the adapter's among them.
        assertThat(sources).hasSizeGreaterThan(100);
        assertThat(adapter).as("the store adapter's own SQL").isNotEmpty();
        assertThat(offenders)
                .as("SQL against Axon's tables belongs in the store adapter (%s), which the rest of the code calls;"
                        + " these main sources name Axon's tables", ADAPTER)
                .isEmpty();
    }

    /** Every module's {@code src/main/java}, seen from this module's directory. */
    private static List<Path> mainSources(Path root) throws IOException {
        try (Stream<Path> modules = Files.list(root)) {
            return modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(AxonTablesInTheStoreAdapterTest::javaFiles).toList();
        }
    }

    private static Stream<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> namings(Path source, Path relative) throws IOException {
        List<String> lines = Files.readAllLines(source);
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = AXON_TABLE.matcher(lines.get(i));
            while (matcher.find()) {
                hits.add(relative + ":" + (i + 1) + " names " + matcher.group(1));
            }
        }
        return hits;
    }
}
