package org.chronology.client.cli;

import org.chronology.client.api.Chronology;
import org.chronology.client.api.Turnover;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "turnover", description = "Print who held a role for a child, and how often it changed.")
final class TurnoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Connection connection;

    @Parameters(paramLabel = "CHILD_ID", description = "The child's id.")
    String childId;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "SOCIAL_WORKER",
            description = "The worker role (default: ${DEFAULT-VALUE}).")
    String role;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Start of the period.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "End of the period.")
    LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        Turnover turnover;
        try (Chronology chronology = connection.open()) {
            turnover = chronology.client().turnover(childId, role, from, to);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(Json.pretty(turnover));
            case CSV -> {
                Csv.row(out, List.of("workerId", "from", "to"));
                turnover.allocations().forEach(a -> Csv.row(out, Arrays.asList(a.workerId(), a.from(), a.to())));
            }
            case TABLE -> {
                out.printf("%s for %s: %d distinct, %d %s%n", turnover.role(), turnover.childId(),
                        turnover.distinctWorkers(), turnover.changes(), turnover.changes() == 1 ? "change" : "changes");
                if (!turnover.allocations().isEmpty()) {
                    out.println();
                    Table table = new Table(List.of("WORKER", "FROM", "TO"));
                    turnover.allocations().forEach(a -> table.row(a.workerId(), a.from(), a.to() == null ? "(current)" : a.to()));
                    table.print(out);
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
