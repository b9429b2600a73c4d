package org.chronology.client.cli;

import org.chronology.client.api.ChronologyClient;
import org.chronology.client.api.EventTypeInfo;
import org.chronology.client.api.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** What the service knows: its event types and gap rules, for people writing import files. */
final class CatalogueCommands {

    private CatalogueCommands() {
    }

    @Command(name = "event-types", description = "List the event types and the details keys the service reads.")
    static final class EventTypes implements Callable<Integer> {

        @Mixin
        Connection connection;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            List<EventTypeInfo> types = connection.request(ChronologyClient::eventTypes);
            return output.list(types, List.of(new Column<>("type", "TYPE", EventTypeInfo::type),
                    new Column<>("typedDetails", "TYPED DETAILS", t -> String.join(", ", t.typedDetails()))));
        }
    }

    @Command(name = "rules", description = "List the gap rules and their parameters.")
    static final class Rules implements Callable<Integer> {

        @Mixin
        Connection connection;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            List<Rule> rules = connection.request(ChronologyClient::rules);
            return output.list(rules, List.of(new Column<>("rule", "RULE", Rule::name),
                    new Column<>("category", "CATEGORY", Rule::category),
                    new Column<>("parameters", "PARAMETERS", r -> r.parameters().stream()
                            .map(p -> p.name() + "=" + p.value()).collect(Collectors.joining(" ")))));
        }
    }
}
