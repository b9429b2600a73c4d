package org.chronology.client.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chronology.client.imports.Sources.CHECK;
import static org.chronology.client.imports.Sources.JSON;

class EventCsvSourceTest {

    @TempDir
    Path dir;

    @Test
    void a_row_becomes_an_envelope_with_lists_split_on_semicolons_and_details_as_json() throws IOException {
        Candidate candidate = single(EventCsvSource.template() + "\n"
                + "T-036,strategy.meeting,CSC,,2018-03,,,false,T-Twin1; T-Twin2,MOTHER,SW-7,SOCIAL_WORKER,"
                + "\"Strategy meeting, ICPC agreed\",\"{\"\"invited\"\": [\"\"CSC\"\", \"\"POLICE\"\"]}\",POLICE;GP,minutes\n");

        assertThat(candidate.problems()).isEmpty();
        assertThat(candidate.line()).isEqualTo(2);
        assertThat(candidate.envelope().toString()).isEqualTo("{\"eventId\":\"T-036\",\"type\":\"strategy.meeting\","
                + "\"recordingAgency\":\"CSC\",\"occurredAt\":\"2018-03\",\"estimated\":false,"
                + "\"children\":[\"T-Twin1\",\"T-Twin2\"],\"adults\":[\"MOTHER\"],"
                + "\"summary\":\"Strategy meeting, ICPC agreed\",\"details\":{\"invited\":[\"CSC\",\"POLICE\"]},"
                + "\"knownTo\":[\"POLICE\",\"GP\"],\"source\":\"minutes\",\"worker\":{\"id\":\"SW-7\",\"role\":\"SOCIAL_WORKER\"}}");
    }

    @Test
    void columns_may_come_in_any_order_and_case_and_blank_cells_are_left_out() throws IOException {
        Candidate candidate = single("SUMMARY,Children,TYPE,occurredat,recordingagency,eventid\n"
                + "Home visit,CH-1,visit.home,2018-03-02,CSC,V-1\n");

        assertThat(candidate.problems()).isEmpty();
        assertThat(candidate.envelope().has("adults")).isFalse();
        assertThat(candidate.eventId()).isEqualTo("V-1");
    }

    @Test
    void a_row_without_event_id_gets_one_derived_from_file_and_content_and_the_given_agency() throws IOException {
        String csv = "type,occurredAt,children,summary\nvisit.home,2018-03-02,CH-1,Home visit\n";
        Candidate first = single(csv, "LA");
        Candidate again = single(csv, "LA");

        assertThat(first.eventId()).startsWith("csv-").isEqualTo(again.eventId());
        assertThat(first.envelope().get("recordingAgency").textValue()).isEqualTo("LA");
    }

    @Test
    void a_row_with_a_stray_comma_is_reported_on_its_line_and_the_others_still_read() throws IOException {
        List<Candidate> candidates = read("eventId,type,recordingAgency,occurredAt,children,summary\n"
                + "V-1,visit.home,CSC,2018-03-02,CH-1,Seen\n"
                + "V-2,visit.home,CSC,2018-03-03,CH-1,Seen, and well\n"
                + "V-3,visit.home,CSC,2018-03-04,CH-1,\"Seen, and well\"\n", null);

        assertThat(candidates).extracting(Candidate::valid).containsExactly(true, false, true);
        assertThat(candidates.get(1).line()).isEqualTo(3);
        assertThat(candidates.get(1).problems().get(0).message()).contains("has 7 cells but the header has 6");
    }

    @Test
    void details_that_are_not_json_and_other_local_problems_are_all_reported() throws IOException {
        Candidate candidate = single("eventId,type,recordingAgency,occurredAt,children,summary,details,estimated\n"
                + "V 1,visit.home,CSC,2018-13-02,CH-1,Seen,{invited: CSC},maybe\n");

        assertThat(candidate.problems()).extracting(e -> e.field())
                .containsExactlyInAnyOrder("details", "eventId", "occurredAt", "estimated");
    }

    @Test
    void an_unknown_or_missing_column_stops_the_file_before_any_row() throws IOException {
        assertThatThrownBy(() -> read("eventId,type,occuredAt,children,summary\n", null))
                .isInstanceOf(InputProblem.class).hasMessageContaining("events.csv:1: unknown column 'occuredAt'");
        assertThatThrownBy(() -> read("eventId,type,occurredAt\n", null))
                .isInstanceOf(InputProblem.class).hasMessageContaining("lacks children, summary");
    }

    private Candidate single(String csv) throws IOException {
        return single(csv, null);
    }

    private Candidate single(String csv, String agency) throws IOException {
        List<Candidate> candidates = read(csv, agency);
        assertThat(candidates).hasSize(1);
        return candidates.get(0);
    }

    private List<Candidate> read(String csv, String agency) throws IOException {
        Path file = Files.writeString(dir.resolve("events.csv"), csv);
        return Sources.read(new EventCsvSource(file, agency, JSON, CHECK));
    }
}
