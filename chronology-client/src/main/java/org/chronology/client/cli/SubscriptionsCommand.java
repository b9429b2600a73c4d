package org.chronology.client.cli;

import org.chronology.client.api.ChronologyClient;
import org.chronology.client.api.Subscription;
import org.chronology.client.api.SubscriptionRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;

@Command(name = "subscriptions",
        description = "An agency's webhooks for its own alerts: create, list, pause, resume, delete.",
        subcommands = {SubscriptionsCommand.Create.class, SubscriptionsCommand.ListSubscriptions.class,
                SubscriptionsCommand.Pause.class, SubscriptionsCommand.Resume.class, SubscriptionsCommand.Delete.class})
final class SubscriptionsCommand {

    /** Like {@code tokens issue}: the signing secret alone on standard output, the rest on standard error. */
    @Command(name = "create", description = "Subscribe a webhook to the agency's alerts; the signing secret is shown once.")
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection;

        @Option(names = "--target", required = true, paramLabel = "URL",
                description = "The https URL alerts are posted to; its host must be on the administrator's allow-list.")
        String target;

        @Option(names = "--rule", paramLabel = "RULE",
                description = "An alert rule to send (repeatable; default: all).")
        List<String> rules = List.of();

        @Option(names = "--child", paramLabel = "CHILD_ID",
                description = "A child to send alerts of (repeatable; default: all).")
        List<String> children = List.of();

        @Override
        public Integer call() {
            Subscription created = connection.request(client -> client.subscribe(new SubscriptionRequest(target, rules,
                    children)));
            return SecretOnce.print(spec, created.secret(),
                    "Created " + created.subscriptionId() + ": " + describe(created));
        }
    }

    @Command(name = "list", description = "List the agency's subscriptions (never their secrets).")
    static final class ListSubscriptions implements Callable<Integer> {

        @Mixin
        Connection connection;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            List<Subscription> subscriptions = connection.request(ChronologyClient::subscriptions).subscriptions();
            return output.list(subscriptions, List.of(
                    new Column<>("subscriptionId", "SUBSCRIPTION", Subscription::subscriptionId),
                    new Column<>("target", "TARGET", Subscription::targetUrl),
                    new Column<>("rules", "RULES", s -> all(s.rules())),
                    new Column<>("children", "CHILDREN", s -> all(s.children())),
                    new Column<>("paused", "PAUSED", Subscription::paused),
                    new Column<>("createdAt", "CREATED", Subscription::createdAt)));
        }
    }

    @Command(name = "pause", description = "Hold a subscription's deliveries; they wait, in order, until it resumes.")
    static final class Pause extends OnOne {
        Pause() {
            super("Paused", ChronologyClient::pauseSubscription);
        }
    }

    @Command(name = "resume", description = "Send a paused subscription's waiting deliveries, in order, and new ones.")
    static final class Resume extends OnOne {
        Resume() {
            super("Resumed", ChronologyClient::resumeSubscription);
        }
    }

    @Command(name = "delete", description = "Delete a subscription: nothing more is sent to its target.")
    static final class Delete extends OnOne {
        Delete() {
            super("Deleted", (client, id) -> {
                client.deleteSubscription(id);
                return null;
            });
        }
    }

    /** A change to one subscription, named by its id, said in one line. */
    abstract static class OnOne implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection;

        @Parameters(paramLabel = "SUBSCRIPTION_ID", description = "The subscription's id (from 'subscriptions list').")
        String subscriptionId;

        private final String done;
        private final BiFunction<ChronologyClient, String, Subscription> change;

        OnOne(String done, BiFunction<ChronologyClient, String, Subscription> change) {
            this.done = done;
            this.change = change;
        }

        @Override
        public Integer call() {
            Subscription changed = connection.request(client -> change.apply(client, subscriptionId));
            PrintWriter out = spec.commandLine().getOut();
            out.println(done + " " + subscriptionId + (changed == null ? "" : ": " + describe(changed)));
            out.flush();
            return ExitCode.OK;
        }
    }

    static String describe(Subscription s) {
        return s.targetUrl() + ", rules " + all(s.rules()) + ", children " + all(s.children())
                + (s.paused() ? ", paused" : "");
    }

    private static String all(List<String> values) {
        return values.isEmpty() ? "all" : String.join(" ", values);
    }
}
