package org.chronology.client.cli;

import org.chronology.client.api.Turnover;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "turnover", description = "Print who held a role for a child, and how often it changed.")
final class TurnoverCommand implements Callable<Integer> {

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

    @Mixin
    Output output;

    @Override
    public Integer call() {
        Turnover turnover = connection.request(client -> client.turnover(childId, role, from, to));
        return output.print(turnover, out -> {
            Csv.row(out, List.of("workerId", "from", "to"));
            turnover.allocations().forEach(a -> Csv.row(out, Arrays.asList(a.workerId(), a.from(), a.to())));
        }, out -> {
            out.printf("%s for %s: %d distinct, %d %s%n", turnover.role(), turnover.childId(),
                    turnover.distinctWorkers(), turnover.changes(), turnover.changes() == 1 ? "change" : "changes");
            if (!turnover.allocations().isEmpty()) {
                out.println();
                Table table = new Table(List.of("WORKER", "FROM", "TO"));
                turnover.allocations().forEach(a -> table.row(a.workerId(), a.from(), a.to() == null ? "(current)" : a.to()));
                table.print(out);
            }
        });
    }
}
