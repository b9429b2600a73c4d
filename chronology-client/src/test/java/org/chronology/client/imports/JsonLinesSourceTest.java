package org.chronology.client.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.client.imports.Sources.CHECK;
import static org.chronology.client.imports.Sources.JSON;

class JsonLinesSourceTest {

    @TempDir
    Path dir;

    @Test
    void each_line_is_an_envelope_and_problems_carry_the_line_number() throws IOException {
        Path file = Files.writeString(dir.resolve("events.jsonl"), """
                {"eventId":"E-1","type":"visit.home","recordingAgency":"CSC","occurredAt":"2018-03","children":["C1"],"summary":"Visit"}

                {"eventId":"E-2","type":"visit.home","recordingAgency":"CSC","children":["C1"],"summary":"No date"}
                {"eventId":"E-3", oops}
                """);

        List<Candidate> candidates = Sources.read(new JsonLinesSource(file, JSON, CHECK));

        assertThat(candidates).extracting(Candidate::line).containsExactly(1, 3, 4);
        assertThat(candidates).extracting(Candidate::valid).containsExactly(true, false, false);
        assertThat(candidates.get(1).problems().get(0).field()).isEqualTo("occurredAt");
        assertThat(candidates.get(2).problems().get(0).message()).startsWith("is not JSON");
        assertThat(candidates.get(1).location()).isEqualTo("events.jsonl:3");
    }
}
