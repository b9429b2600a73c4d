package org.chronology.client.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

/** The {@code --format} option of the read commands and what they share in printing: the answer as JSON as-is. */
final class Output {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** Prints {@code answer} as JSON, or hands the output to the command's own CSV or table writer. */
    int print(Object answer, Consumer<PrintWriter> csv, Consumer<PrintWriter> table) {
        PrintWriter out = command.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(Json.pretty(answer));
            case CSV -> csv.accept(out);
            case TABLE -> table.accept(out);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Prints {@code items} as JSON, or one row each in CSV or a table: commands that only list say just what. */
    <T> int list(List<T> items, List<Column<T>> columns) {
        return print(items, out -> {
            Csv.row(out, columns.stream().map(Column::name).toList());
            items.forEach(item -> Csv.row(out, cells(item, columns)));
        }, out -> {
            Table table = new Table(columns.stream().map(Column::heading).toList());
            items.forEach(item -> table.row(cells(item, columns).toArray()));
            table.print(out);
        });
    }

    private static <T> List<Object> cells(T item, List<Column<T>> columns) {
        return columns.stream().map(column -> column.value().apply(item)).toList();
    }
}
