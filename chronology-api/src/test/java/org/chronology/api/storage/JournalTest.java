package org.chronology.api.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JournalTest {

    @TempDir
    Path data;

    @Test
    void givesBackWhatWasAppendedOldestFirst() {
        Journal journal = new Journal(data, true, 1_000);
        journal.append(List.of(bytes("one"), bytes("two")));
        journal.append(List.of(bytes("three")));

        assertThat(new Journal(data, true, 1_000).records()).map(JournalTest::text).containsExactly("one", "two", "three");
    }

    @Test
    void aRecordTornByAStopIsLeftOutWithEverythingAfterIt() throws Exception {
        Journal journal = new Journal(data, true, 1_000);
        journal.append(List.of(bytes("whole")));
        Files.write(data.resolve("journal/current.log"), new byte[]{0, 0, 0, 9, 1, 2}, StandardOpenOption.APPEND);

        assertThat(new Journal(data, true, 1_000).records()).map(JournalTest::text).containsExactly("whole");
    }

    @Test
    void keepsTheLatestFileAndTheOneBefore() {
        Journal journal = new Journal(data, true, 40); // a record here takes 24 bytes: two fill a file
        for (String record : List.of("first-record", "secnd-record", "third-record", "forth-record")) {
            journal.append(List.of(bytes(record)));
        }

        assertThat(journal.records()).map(JournalTest::text).containsExactly("third-record", "forth-record");
    }

    @Test
    void startsAfreshOnceCleared() {
        Journal journal = new Journal(data, true, 1_000);
        journal.append(List.of(bytes("checked")));
        journal.clear();
        journal.append(List.of(bytes("new")));

        assertThat(new Journal(data, true, 1_000).records()).map(JournalTest::text).containsExactly("new");
    }

    @Test
    void keepsNothingWhenOff() {
        Journal journal = new Journal(data, false, 1_000);
        journal.append(List.of(bytes("one")));

        assertThat(journal.records()).isEmpty();
        assertThat(data.resolve("journal")).doesNotExist();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] record) {
        return new String(record, StandardCharsets.UTF_8);
    }
}
