package org.chronology.client.cli;

import org.chronology.client.api.Chronology;
import org.chronology.client.api.Gaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "gaps", description = "Print the gap findings for a child as things stood on a date.")
final class GapsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Connection connection;

    @Parameters(paramLabel = "CHILD_ID", description = "The child's id.")
    String childId;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date to judge the record on (default: today).")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        Gaps gaps;
        try (Chronology chronology = connection.open()) {
            gaps = chronology.client().gaps(childId, asOf);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(Json.pretty(gaps));
            case CSV -> {
                Csv.row(out, List.of("rule", "category", "severity", "occurredAt", "agencies", "evidence", "explanation"));
                gaps.findings().forEach(f -> Csv.row(out, List.of(f.rule(), f.category(), f.severity(), f.occurredAt(),
                        String.join(";", f.agencies()), String.join(";", f.evidence()), f.explanation())));
            }
            case TABLE -> {
                out.println("Gaps for " + gaps.childId() + " as of " + gaps.asOf() + ": " + gaps.findings().size()
                        + (gaps.findings().size() == 1 ? " finding" : " findings"));
                if (!gaps.findings().isEmpty()) {
                    out.println();
                    Table table = new Table(List.of("OCCURRED", "RULE", "SEVERITY", "AGENCIES", "EXPLANATION"),
                            0, 0, 0, 30, 100);
                    gaps.findings().forEach(f -> table.row(f.occurredAt(), f.rule(), f.severity(),
                            String.join(",", f.agencies()), f.explanation()));
                    table.print(out);
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
