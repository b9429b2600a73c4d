package org.chronology.client.cli;

import org.chronology.client.api.Gaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "gaps", description = "Print the gap findings for a child as things stood on a date.")
final class GapsCommand implements Callable<Integer> {

    @Mixin
    Connection connection;

    @Parameters(paramLabel = "CHILD_ID", description = "The child's id.")
    String childId;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date to judge the record on (default: today).")
    LocalDate asOf;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        Gaps gaps = connection.request(client -> client.gaps(childId, asOf));
        return output.print(gaps, out -> {
            Csv.row(out, List.of("rule", "category", "severity", "occurredAt", "agencies", "evidence", "explanation"));
            gaps.findings().forEach(f -> Csv.row(out, List.of(f.rule(), f.category(), f.severity(), f.occurredAt(),
                    String.join(";", f.agencies()), String.join(";", f.evidence()), f.explanation())));
        }, out -> {
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
        });
    }
}
