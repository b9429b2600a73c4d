package org.chronology.client.it;

import org.chronology.client.api.Chronology;
import org.chronology.client.cli.ExitCode;
import org.chronology.client.support.ChronologyService;
import org.chronology.client.support.Cli;
import org.chronology.client.support.WithChronologyService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.client.support.ChronologyService.unique;

/**
 * {@code chronology import} against the real service: each format lands its events (read back through the
 * timeline), bad rows are reported by file and line while the good ones land, dry runs send nothing, and
 * the exit codes tell scripts what happened.
 */
@ExtendWith(WithChronologyService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportIT {

    private final ChronologyService service;
    private String agency;
    private String token;
    private Chronology reader;

    @TempDir
    Path dir;

    ImportIT(ChronologyService service) {
        this.service = service;
    }

    @BeforeAll
    void agency() {
        agency = unique("LA");
        token = service.agencyWithToken(agency, "la.csc");
        reader = service.connect(token);
    }

    @AfterAll
    void close() {
        reader.close();
    }

    @Test
    void json_lines_land_every_event_in_date_order() throws IOException {
        String child = unique("C");
        Path file = Files.writeString(dir.resolve("events.jsonl"), String.join("\n",
                envelope("J-2", "visit.home", "2018-03-02", child, "Home visit"),
                envelope("J-1", "referral.made", "2018-03-01", child, "Referral"),
                envelope("J-3", "strategy.meeting", "2018-02", child, "Strategy meeting")) + "\n");

        Cli.Run run = importing(file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Recorded: 3", "Duplicates (already recorded): 0", "Rejected: 0");
        assertThat(timeline(child)).containsExactly("2018-02 strategy.meeting Strategy meeting",
                "2018-03-01 referral.made Referral", "2018-03-02 visit.home Home visit");
    }

    @Test
    void a_csv_made_from_the_template_goes_from_file_to_printed_timeline_in_three_commands() throws IOException {
        String child = unique("C");
        Cli.Run template = Cli.run("import", "--template", "csv");
        Path file = Files.writeString(dir.resolve("visits.csv"), template.out()
                + ",visit.home," + agency + ",,2018-03-02,,,,\"" + child + "\",,SW-1,SOCIAL_WORKER,\"Home visit, child seen\","
                + "\"{\"\"service\"\": \"\"csc\"\", \"\"outcome\"\": \"\"seen\"\"}\",,\n"
                + "V-2,worker.allocated," + agency + ",,2018-03-01,,,,\"" + child + "\",,SW-1,SOCIAL_WORKER,Allocated,,,\n");

        Cli.Run imported = importing(file.toString());
        Cli.Run printed = Cli.run("timeline", child, "--url", service.url().toString(), "--token", token);

        assertThat(imported.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(imported.out()).contains("Recorded: 2");
        assertThat(printed.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(printed.out()).contains("Timeline of " + child + ": 2 entries");
        assertThat(printed.out().lines().filter(line -> line.startsWith("2018-")).toList()).satisfiesExactly(
                line -> assertThat(line).contains("worker.allocated", "Allocated", "V-2"),
                line -> assertThat(line).contains("visit.home", "Home visit, child seen", "csv-"));
        assertThat(Cli.run("timeline", child, "--format", "csv", "--url", service.url().toString(), "--token", token).out())
                .contains("\"{\"\"service\"\":\"\"csc\"\",\"\"outcome\"\":\"\"seen\"\"}\"");
    }

    @Test
    void each_annex_a_list_lands_the_mapped_events_and_a_second_import_only_finds_duplicates()
            throws IOException, URISyntaxException {
        List<String> files = new ArrayList<>();
        for (String list : List.of("list1-contacts.csv", "list3-referrals.csv", "list4-assessments.csv",
                "list5-section47.csv", "list7-cp-plans.csv", "list8-looked-after.csv")) {
            files.add(Files.copy(Path.of(getClass().getResource("/annex-a/" + list).toURI()), dir.resolve(list)).toString());
        }

        List<String> args = new ArrayList<>(files);
        args.addAll(List.of("--agency", agency));
        Cli.Run first = importing(args.toArray(String[]::new));
        Cli.Run second = importing(args.toArray(String[]::new));

        assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).contains("Recorded: 18", "Rejected: 0");
        assertThat(second.out()).contains("Recorded: 0", "Duplicates (already recorded): 18");
        // Entries of one day sort by when they were recorded, and one batch records them at the same instant.
        assertThat(timeline("AA-C100")).containsExactlyInAnyOrder(
                "2023-01-05 referral.made Contact received from q) 6: Police",
                "2023-01-10 referral.made Referral received from q) 6: Police",
                "2023-01-11 assessment.started Child and family assessment started",
                "2023-01-13 s47.started Section 47 enquiry started, following a strategy discussion",
                "2023-01-27 conference.initial Initial child protection conference: child protection plan",
                "2023-01-27 cp_plan.started Child protection plan started (a) Neglect)",
                "2023-02-20 assessment.completed Child and family assessment authorised: the child needs children's social care support",
                "2023-04-03 visit.home Statutory child protection visit: child seen alone",
                "2023-04-21 conference.review Child protection review conference",
                "2023-06-30 cp_plan.ended Child protection plan ended (d) Emotional abuse)");
        assertThat(timeline("AA-C101")).containsExactlyInAnyOrder(
                "2023-01-12 referral.made Contact received from e) 2A: Schools",
                "2023-01-15 referral.made Referral received from e) 2A: Schools",
                "2023-01-15 referral.decision Referral closed with no further action");
        assertThat(timeline("AA-C102")).containsExactly("2023-03-01 assessment.started Child and family assessment started");
        assertThat(timeline("AA-C103")).extracting(line -> line.substring(0, line.indexOf(' ', 11))).containsExactly(
                "2023-07-01 child.accommodated", "2023-08-15 lac.review", "2023-09-01 visit.home",
                "2023-10-30 service.withdrawn");
    }

    @Test
    void bad_rows_are_reported_by_file_and_line_and_the_good_rows_still_land() throws IOException {
        String child = unique("C");
        Path file = Files.writeString(dir.resolve("mixed.csv"), "eventId,type,occurredAt,children,summary\n"
                + "M-1,visit.home,2018-03-01," + child + ",Visit one\n"
                + "M-2,visit.home,2018-03-32," + child + ",Impossible date\n"
                + "M-3,visit.unknown,2018-03-03," + child + ",Unknown type\n"
                + "M-4,visit.home,2018-03-04," + child + ",Visit four\n");

        Cli.Run run = importing(file.toString(), "--agency", agency);

        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.out()).contains("Recorded: 2", "Rejected: 2",
                "mixed.csv:3 M-2: occurredAt: must be YYYY, YYYY-MM, YYYY-MM-DD",
                "mixed.csv:4 M-3: type: unknown event type 'visit.unknown'");
        assertThat(timeline(child)).containsExactly("2018-03-01 visit.home Visit one", "2018-03-04 visit.home Visit four");
        Path report = dir.resolve("mixed.csv.report.txt");
        assertThat(Files.readString(report)).contains("chronology import of", "Rejected: 2", "mixed.csv:3 M-2",
                "mixed.csv:4 M-3");
    }

    @Test
    void a_dry_run_prints_every_problem_with_its_line_and_sends_nothing() throws IOException {
        String child = unique("C");
        Path file = Files.writeString(dir.resolve("dry.csv"), "eventId,type,occurredAt,children,summary\n"
                + "D-1,visit.home,2018-03-01," + child + ",Fine\n"
                + "D-2,visit.home,01/03/2018," + child + ",Wrong date form\n"
                + "D 3,visit.home,2018-03-03," + child + ";" + child + ",Bad id and repeated child\n");
        Path report = dir.resolve("dry-report.txt");

        Cli.Run run = Cli.run("import", file.toString(), "--agency", agency, "--dry-run", "--report", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.out()).contains("Dry run: 1 events valid, 2 rejected (nothing was sent)",
                "dry.csv:3 D-2: occurredAt:", "dry.csv:4 D 3: eventId: must be 1-128 characters",
                "children[1]: repeats '" + child + "'");
        assertThat(Files.readString(report)).startsWith("Dry run of chronology import of");
        // Had the dry run sent the sound row, importing it now would find it already recorded.
        assertThat(importing(file.toString(), "--agency", agency).out()).contains("Recorded: 1", "Duplicates (already recorded): 0");
    }

    @Test
    void exit_codes_tell_a_usage_error_from_a_service_that_refuses_or_cannot_be_reached() throws IOException {
        Path file = Files.writeString(dir.resolve("one.jsonl"),
                envelope("X-1", "visit.home", "2018-03-01", unique("C"), "Visit") + "\n");
        Path annex = Files.writeString(dir.resolve("annex.csv"), "Child Unique ID,Date of Contact\nX1,05/01/2023\n");

        assertThat(Cli.run("import").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("import", annex.toString(), "--dry-run").err()).contains("--agency");
        Cli.Run refused = Cli.run("import", file.toString(), "--url", service.url().toString(), "--token", "wrong");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.SERVICE);
        assertThat(refused.out()).contains("Stopped early:", "401");
        Cli.Run unreachable = Cli.run("timeline", "C1", "--url", "http://localhost:9", "--token", token);
        assertThat(unreachable.exitCode()).isEqualTo(ExitCode.SERVICE);
        assertThat(unreachable.err()).contains("cannot reach the service");
        Cli.Run forbidden = Cli.run("agencies", "register", "NEW", "--name", "New", "--sector", "vcs",
                "--url", service.url().toString(), "--token", token);
        assertThat(forbidden.exitCode()).isEqualTo(ExitCode.SERVICE);
        assertThat(forbidden.err()).contains("the service refused: 403");
    }

    private Cli.Run importing(String... args) {
        List<String> all = new ArrayList<>(List.of("import"));
        all.addAll(List.of(args));
        all.addAll(List.of("--url", service.url().toString(), "--token", token));
        return Cli.run(all.toArray(String[]::new));
    }

    private String envelope(String id, String type, String occurredAt, String child, String summary) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"" + type + "\",\"recordingAgency\":\"" + agency
                + "\",\"occurredAt\":\"" + occurredAt + "\",\"children\":[\"" + child + "\"],\"summary\":\"" + summary + "\"}";
    }

    /** The child's timeline as "occurredAt type summary" lines. */
    private List<String> timeline(String child) {
        return reader.client().timeline(child).entries().stream()
                .map(e -> e.occurredAt() + " " + e.type() + " " + e.summary()).toList();
    }
}
