package org.chronology.client.cli;

import org.chronology.client.api.Chronology;
import org.chronology.client.api.EventTypeInfo;
import org.chronology.client.api.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** What the service knows: its event types and gap rules, for people writing import files. */
final class CatalogueCommands {

    private CatalogueCommands() {
    }

    @Command(name = "event-types", description = "List the event types and the details keys the service reads.")
    static final class EventTypes implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection;

        @Override
        public Integer call() {
            List<EventTypeInfo> types;
            try (Chronology chronology = connection.open()) {
                types = chronology.client().eventTypes();
            }
            Table table = new Table(List.of("TYPE", "TYPED DETAILS"));
            types.forEach(t -> table.row(t.type(), String.join(", ", t.typedDetails())));
            table.print(spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }

    @Command(name = "rules", description = "List the gap rules and their parameters.")
    static final class Rules implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection;

        @Override
        public Integer call() {
            List<Rule> rules;
            try (Chronology chronology = connection.open()) {
                rules = chronology.client().rules();
            }
            Table table = new Table(List.of("RULE", "CATEGORY", "PARAMETERS"));
            rules.forEach(r -> table.row(r.name(), r.category(), r.parameters().stream()
                    .map(p -> p.name() + "=" + p.value()).collect(Collectors.joining(" "))));
            table.print(spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }
}
