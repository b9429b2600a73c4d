package org.chronology.client.cli;

import org.chronology.client.api.Chronology;
import org.chronology.client.api.ChronologyClient;
import org.chronology.client.api.FindingsStatus;
import org.chronology.client.api.ProjectionStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "projections", description = {
        "Show how far each projection and the findings refresh have got, and about how long they have left.",
        "Administrators only. After a bulk load or an import, --wait follows them until they have caught up."})
final class ProjectionsCommand implements Callable<Integer> {

    private static final long POLL_MILLIS = 2000;

    /** One line of the answer: a projection, or the findings refresh (marks to judge rather than events). */
    record Progress(String name, boolean caughtUp, boolean replaying, long processed, long total, Long etaSeconds) {

        String line() {
            int percent = total == 0 ? 100 : (int) (100 * processed / total);
            return String.format(Locale.ROOT, "%s: %,d/%,d (%d%%), %s", name, processed, total, percent, left(etaSeconds));
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    Connection connection;

    @Option(names = "--replay", paramLabel = "NAME", description = "Rebuild this projection from the event store first.")
    String replay;

    @Option(names = "--wait", description = "Print progress every 2 seconds until everything has caught up.")
    boolean await;

    @Mixin
    Output output;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        try (Chronology chronology = connection.open()) {
            ChronologyClient client = chronology.client();
            if (replay != null) {
                client.replayProjection(replay);
                err.println("Replaying " + replay + " from the event store.");
            }
            List<Progress> progress = progress(client);
            while ((await || replay != null) && !progress.stream().allMatch(Progress::caughtUp)) {
                progress.stream().filter(p -> !p.caughtUp()).forEach(p -> err.println(p.line()));
                err.flush();
                Thread.sleep(POLL_MILLIS);
                progress = progress(client);
            }
            return output.list(progress, List.of(new Column<>("name", "NAME", Progress::name),
                    new Column<>("caughtUp", "CAUGHT UP", p -> p.caughtUp() ? "yes" : "no"),
                    new Column<>("replaying", "REPLAYING", p -> p.replaying() ? "yes" : "no"),
                    new Column<>("processed", "PROCESSED", Progress::processed),
                    new Column<>("total", "TOTAL", Progress::total),
                    new Column<>("etaSeconds", "LEFT", p -> left(p.etaSeconds()))));
        }
    }

    private static List<Progress> progress(ChronologyClient client) {
        List<Progress> all = new ArrayList<>();
        for (ProjectionStatus p : client.projections()) {
            all.add(new Progress(p.name(), p.caughtUp(), p.replaying(), p.processed(), p.total(), p.etaSeconds()));
        }
        FindingsStatus findings = client.findingsStatus();
        all.add(new Progress("findings refresh", findings.upToDate(), false, findings.processed(), findings.total(),
                findings.etaSeconds()));
        return all;
    }

    static String left(Long seconds) {
        if (seconds == null) {
            return "-";
        }
        return seconds < 120 ? "about " + seconds + " s left" : "about " + (seconds + 59) / 60 + " min left";
    }
}
