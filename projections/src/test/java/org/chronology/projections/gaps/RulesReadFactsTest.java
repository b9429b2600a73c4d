package org.chronology.projections.gaps;

import org.chronology.core.vocabulary.Field;
import org.chronology.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules read facts of the published vocabulary only: every details key the gap rules and their helpers name
 * is a field of some event type in vocabulary.json, so a rule never depends on a key an agency was not told of
 * (nor on one that states a conclusion, which the vocabulary leaves out).
 */
class RulesReadFactsTest {

    private static final Path SOURCES = Path.of("src/main/java/org/chronology/projections/gaps");
    /** The typed reads of CaseEvent: {@code event.text("decision")}, {@code strings("invited")} and the like. */
    private static final Pattern READ = Pattern.compile(
            "\\.(?:text|texts|strings|flag|number|stated|agencyCodes|named)\\((?:[a-z]+, )?\"([A-Za-z]+)\"\\)");

    @Test
    void everyDetailsKeyARuleReadsIsInTheVocabulary() throws IOException {
        Set<String> vocabulary = Vocabulary.all().stream().flatMap(type -> type.fields().stream())
                .map(Field::name).collect(Collectors.toSet());
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = READ.matcher(Files.readString(file));
                while (matcher.find()) {
                    read.add(matcher.group(1));
                }
            }
        }

        assertThat(read).as("details keys the rules read").isNotEmpty();
        assertThat(read).as("keys read that the vocabulary does not define").allMatch(vocabulary::contains);
    }
}
