package org.chronology.client.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.chronology.client.api.Chronology;
import org.chronology.client.api.EventBatch;
import org.chronology.client.imports.AnnexAList;
import org.chronology.client.imports.AnnexASource;
import org.chronology.client.imports.EnvelopeCheck;
import org.chronology.client.imports.EventCsvSource;
import org.chronology.client.imports.EventSource;
import org.chronology.client.imports.ImportProgress;
import org.chronology.client.imports.ImportReport;
import org.chronology.client.imports.Importer;
import org.chronology.client.imports.InputFormat;
import org.chronology.client.imports.JsonLinesSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "import", sortOptions = false,
        description = {"Send agency records to the service: JSON Lines of event envelopes, Chronology CSV, or "
                + "Ofsted Annex A lists 1, 3, 4, 5, 7 and 8 saved as CSV.",
                "Re-running the same files is safe: events already recorded are reported as duplicates."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every event is recorded (or already was)", "1:some events were rejected",
                "2:the command line is wrong", "3:the service could not be reached or refused the import"})
final class ImportCommand implements Callable<Integer> {

    enum Format {
        AUTO, JSONL, CSV, ANNEX_A
    }

    enum Progress {
        AUTO, BAR, LINES, NONE
    }

    enum Template {
        CSV
    }

    /** Envelope keys the contract does not know are ignored by the service, so they are no reason to refuse. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Spec
    CommandSpec spec;

    @Mixin
    Connection connection;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to import, in order.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, jsonl, csv or annex_a (default: auto: .jsonl is JSON Lines; a .csv with a "
                    + "'Child Unique ID' column is Annex A; other .csv is Chronology CSV).")
    Format format;

    @Option(names = "--list", paramLabel = "N", description = "The Annex A list a file holds (default: recognised from its header).")
    Integer list;

    @Option(names = "--agency", paramLabel = "CODE",
            description = "The recording agency of Annex A rows, and of CSV rows that name none.")
    String agency;

    @Option(names = "--dry-run", description = "Check every event locally and report the problems; send nothing.")
    boolean dryRun;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Where to write the summary (default: beside the first file, as <file>.report.txt).")
    Path report;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "1000",
            description = "Events per request, 1-1000 (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--progress", paramLabel = "STYLE", defaultValue = "auto",
            description = "bar, lines, none or auto (default: a bar on a terminal, else a line every 5 seconds).")
    Progress progress;

    @Option(names = "--template", paramLabel = "csv",
            description = "Print the header of Chronology CSV and exit.")
    Template template;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (template != null) {
            out.println(EventCsvSource.template());
            out.flush();
            return ExitCode.OK;
        }
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Name at least one FILE to import (or use --template csv).");
        }
        if (batchSize < 1 || batchSize > EventBatch.MAX_EVENTS) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be 1-" + EventBatch.MAX_EVENTS);
        }
        if (agency != null && !EnvelopeCheck.AGENCY_CODE.matcher(agency).matches()) {
            throw new ParameterException(spec.commandLine(), "--agency must be an agency code such as CSC");
        }
        List<EventSource> sources = sources();
        Path reportFile = report != null ? report
                : files.get(0).resolveSibling(files.get(0).getFileName() + ".report.txt");
        ImportReport result;
        if (dryRun) {
            result = new Importer(null, batchSize, JSON, progress()).run(sources);
        } else {
            try (Chronology chronology = connection.open()) {
                result = new Importer(chronology.client()::recordBatch, batchSize, JSON, progress()).run(sources);
            }
        }
        out.print(result.summary());
        result.write(reportFile, heading());
        out.println();
        out.println("Report written to " + reportFile);
        out.flush();
        if (result.stoppedBecause() != null) {
            return ExitCode.SERVICE;
        }
        return result.rejectedCount() > 0 ? ExitCode.REJECTED : ExitCode.OK;
    }

    private List<EventSource> sources() throws IOException {
        EnvelopeCheck check = new EnvelopeCheck(Clock.systemUTC());
        AnnexAList annexList = null;
        if (list != null) {
            try {
                annexList = AnnexAList.numbered(list);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        List<EventSource> sources = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "No such file: " + file);
            }
            InputFormat kind = switch (format) {
                case AUTO -> list != null ? InputFormat.ANNEX_A : InputFormat.detect(file);
                case JSONL -> InputFormat.JSONL;
                case CSV -> InputFormat.CSV;
                case ANNEX_A -> InputFormat.ANNEX_A;
            };
            if (kind == InputFormat.ANNEX_A && agency == null) {
                throw new ParameterException(spec.commandLine(), file + " is an Annex A list: name the local "
                        + "authority's agency code with --agency");
            }
            sources.add(switch (kind) {
                case JSONL -> new JsonLinesSource(file, JSON, check);
                case CSV -> new EventCsvSource(file, agency, JSON, check);
                case ANNEX_A -> new AnnexASource(file, annexList, agency, JSON, check);
            });
        }
        return sources;
    }

    private ImportProgress progress() {
        PrintWriter err = spec.commandLine().getErr();
        return switch (progress) {
            case NONE -> ImportProgress.none();
            case BAR -> ImportProgress.bar(err);
            case LINES -> ImportProgress.lines(err, Duration.ofSeconds(5));
            case AUTO -> System.console() != null ? ImportProgress.bar(err) : ImportProgress.lines(err, Duration.ofSeconds(5));
        };
    }

    private String heading() {
        String inputs = files.stream().map(Path::toString).collect(Collectors.joining(", "));
        return (dryRun ? "Dry run of chronology import of " : "chronology import of ") + inputs
                + (dryRun ? "" : " to " + connection.url) + " at " + Instant.now();
    }
}
