package org.chronology.client.it;

import org.chronology.client.api.Chronology;
import org.chronology.client.api.ProblemException;
import org.chronology.client.api.TimelineQuery;
import org.chronology.client.cli.ExitCode;
import org.chronology.client.support.ChronologyService;
import org.chronology.client.support.Cli;
import org.chronology.client.support.WithChronologyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.client.support.ChronologyService.unique;

/**
 * The packaged CLI as users run it, a separate process configured by CHRONOLOGY_URL and CHRONOLOGY_TOKEN,
 * killed in the middle of an import. Running the same import again finishes the job: what had landed comes
 * back as duplicates, the rest is recorded, and nothing is recorded twice.
 */
@ExtendWith(WithChronologyService.class)
class InterruptedImportIT {

    private static final int EVENTS = 3_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    @TempDir
    Path dir;

    @Test
    void an_import_killed_midway_completes_on_a_rerun_with_duplicates_for_what_had_landed(ChronologyService service)
            throws IOException, InterruptedException {
        String agency = unique("LA");
        String token = service.agencyWithToken(agency, "la.csc");
        String child = unique("C");
        Path file = events(agency, child);

        ProcessBuilder cli = new ProcessBuilder(java(), "-jar", System.getProperty("chronology.cli.jar"), "import",
                file.toString(), "--batch-size", "10")
                .redirectErrorStream(true).redirectOutput(dir.resolve("cli.log").toFile());
        cli.environment().put("CHRONOLOGY_URL", service.url().toString());
        cli.environment().put("CHRONOLOGY_TOKEN", token);
        Process running = cli.start();

        try (Chronology reader = service.connect(token)) {
            awaitFirstHundred(reader, child, running);
            running.destroyForcibly().waitFor();
            int landed = settledCount(reader, child);

            assertThat(landed).as("killed part-way").isBetween(100, EVENTS - 1);
            assertThat(Files.readString(dir.resolve("cli.log"))).as("plain progress lines off a terminal")
                    .contains("/3,000 events (").doesNotContain("\r");

            Cli.Run rerun = Cli.run("import", file.toString(), "--url", service.url().toString(), "--token", token);

            assertThat(rerun.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(rerun.out()).contains("Recorded: " + (EVENTS - landed),
                    "Duplicates (already recorded): " + landed, "Rejected: 0");
            assertThat(reader.client().timeline(child).count()).isEqualTo(EVENTS);
        }
    }

    /** One visit a day, so that the first hundred days show when the first batches have landed. */
    private Path events(String agency, String child) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            lines.add("{\"eventId\":\"day-" + i + "\",\"type\":\"visit.home\",\"recordingAgency\":\"" + agency
                    + "\",\"occurredAt\":\"" + FIRST_DAY.plusDays(i) + "\",\"children\":[\"" + child
                    + "\"],\"summary\":\"Visit " + i + "\"}");
        }
        return Files.write(dir.resolve("visits.jsonl"), lines);
    }

    private static void awaitFirstHundred(Chronology reader, String child, Process cli) throws InterruptedException {
        TimelineQuery firstHundredDays = new TimelineQuery(FIRST_DAY, FIRST_DAY.plusDays(99), null, null, null, null);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (count(reader, child, firstHundredDays) < 100) {
            assertThat(cli.isAlive()).as("the import is still running").isTrue();
            assertThat(System.nanoTime()).as("the first batches land within two minutes").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Entries so far: none until the agency has recorded one for the child, which is when it may read them. */
    private static int count(Chronology reader, String child, TimelineQuery query) {
        try {
            return reader.client().timeline(child, query).count();
        } catch (ProblemException refused) {
            assertThat(refused.status()).isEqualTo(403);
            return 0;
        }
    }

    /** A batch in flight when the client died may still commit: count once the count stops moving. */
    private static int settledCount(Chronology reader, String child) throws InterruptedException {
        int count = reader.client().timeline(child).count();
        while (true) {
            Thread.sleep(1_000);
            int again = reader.client().timeline(child).count();
            if (again == count) {
                return count;
            }
            count = again;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
