package org.chronology.client.cli;

import io.micronaut.http.client.exceptions.HttpClientException;
import org.chronology.client.api.FieldError;
import org.chronology.client.api.ProblemException;
import org.chronology.client.imports.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;

/** {@code chronology}: the command line of the Chronology agency client. */
@Command(name = "chronology", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "chronology 1.0",
        description = "Import agency records into a Chronology service and read children's chronologies back.",
        subcommands = {ImportCommand.class, TimelineCommand.class, GapsCommand.class, TurnoverCommand.class,
                AgenciesCommand.class, TokensCommand.class, ReviewsCommand.class, SubscriptionsCommand.class,
                ProjectionsCommand.class, CatalogueCommands.EventTypes.class, CatalogueCommands.Rules.class,
                CommandLine.HelpCommand.class},
        footer = {"%nURL and token come from --url and --token, or CHRONOLOGY_URL and CHRONOLOGY_TOKEN."})
public final class ChronologyCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling, for {@link #main} and for tests that capture its output. */
    public static CommandLine commandLine() {
        return new CommandLine(new ChronologyCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(ChronologyCli::failed);
    }

    /** Service and input failures are messages for people, not stack traces. */
    private static int failed(Exception failure, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        PrintWriter err = command.getErr();
        int code;
        if (failure instanceof ProblemException problem) {
            err.println("chronology: the service refused: " + problem.status() + " " + problem.title()
                    + (problem.detail() == null ? "" : ": " + problem.detail()));
            for (FieldError error : problem.errors()) {
                err.println("  " + error);
            }
            code = ExitCode.SERVICE;
        } else if (failure instanceof HttpClientException unreachable) {
            err.println("chronology: cannot reach the service: " + unreachable.getMessage());
            code = ExitCode.SERVICE;
        } else if (failure instanceof InputProblem input) {
            err.println("chronology: " + input.getMessage());
            code = ExitCode.REJECTED;
        } else if (failure instanceof IOException io) {
            err.println("chronology: " + io.getMessage());
            code = ExitCode.REJECTED;
        } else {
            throw failure;
        }
        err.flush();
        return code;
    }
}
