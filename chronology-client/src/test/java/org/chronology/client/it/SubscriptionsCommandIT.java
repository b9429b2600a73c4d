package org.chronology.client.it;

import org.chronology.client.cli.ExitCode;
import org.chronology.client.support.ChronologyService;
import org.chronology.client.support.Cli;
import org.chronology.client.support.WithChronologyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.client.support.ChronologyService.unique;

/** An agency manages its alert webhooks with {@code chronology subscriptions}, against the real service. */
@ExtendWith(WithChronologyService.class)
class SubscriptionsCommandIT {

    private static final String HOST = "hooks.example.org";
    private static final String TARGET = "https://" + HOST + "/chronology";

    @Test
    void an_agency_creates_lists_pauses_resumes_and_deletes_a_subscription(ChronologyService service) throws Exception {
        allow(service, HOST);
        String token = service.agencyWithToken(unique("CSC"), "la.csc");
        String child = unique("C");

        Cli.Run created = as(service, token, "subscriptions", "create", "--target", TARGET,
                "--rule", "UNSCHEDULED_CARE_ON_PLAN", "--rule", "NAI_IN_BABY", "--child", child);
        String id = created.err().replaceAll("(?s)^Created (subscription-[0-9a-f-]+):.*", "$1");
        Cli.Run listed = as(service, token, "subscriptions", "list");
        Cli.Run paused = as(service, token, "subscriptions", "pause", id);
        Cli.Run csv = as(service, token, "subscriptions", "list", "--format", "csv");
        Cli.Run resumed = as(service, token, "subscriptions", "resume", id);
        Cli.Run deleted = as(service, token, "subscriptions", "delete", id);

        assertThat(created.exitCode()).as(created.err()).isEqualTo(ExitCode.OK);
        assertThat(created.out().strip()).as("the secret alone").hasSizeGreaterThan(30).doesNotContain(" ");
        assertThat(created.err()).isEqualTo("Created " + id + ": " + TARGET + ", rules UNSCHEDULED_CARE_ON_PLAN"
                + " NAI_IN_BABY, children " + child + ". Keep the secret now: it is not shown again.\n");
        assertThat(listed.out()).containsPattern(id + " +" + TARGET + " +UNSCHEDULED_CARE_ON_PLAN NAI_IN_BABY +"
                + child + " +false").doesNotContain(created.out().strip());
        assertThat(paused.out()).isEqualTo("Paused " + id + ": " + TARGET + ", rules UNSCHEDULED_CARE_ON_PLAN"
                + " NAI_IN_BABY, children " + child + ", paused\n");
        assertThat(csv.out()).startsWith("subscriptionId,target,rules,children,paused,createdAt\r\n")
                .contains(id + "," + TARGET + ",UNSCHEDULED_CARE_ON_PLAN NAI_IN_BABY," + child + ",true,");
        assertThat(resumed.out()).startsWith("Resumed " + id + ": ").doesNotContain("paused");
        assertThat(deleted.out()).isEqualTo("Deleted " + id + "\n");
        assertThat(as(service, token, "subscriptions", "list").out()).doesNotContain(id);
    }

    @Test
    void a_subscription_for_all_rules_and_children_says_so_and_a_refused_one_names_the_field(ChronologyService service)
            throws Exception {
        allow(service, HOST);
        String token = service.agencyWithToken(unique("CSC"), "la.csc");

        Cli.Run everything = as(service, token, "subscriptions", "create", "--target", TARGET);
        Cli.Run notAllowed = as(service, token, "subscriptions", "create", "--target", "https://elsewhere.example/hook");
        Cli.Run unknownRule = as(service, token, "subscriptions", "create", "--target", TARGET, "--rule", "NO_SUCH_RULE");
        Cli.Run byAdministrator = as(service, service.adminToken(), "subscriptions", "list");
        Cli.Run unknownId = as(service, token, "subscriptions", "pause", "subscription-none");

        assertThat(everything.err()).contains(TARGET + ", rules all, children all.");
        assertThat(as(service, token, "subscriptions", "list").out()).containsPattern(TARGET + " +all +all +false");
        assertThat(notAllowed.exitCode()).isEqualTo(ExitCode.SERVICE);
        assertThat(notAllowed.err()).contains("the service refused: 400").contains("target");
        assertThat(unknownRule.exitCode()).isEqualTo(ExitCode.SERVICE);
        assertThat(unknownRule.err()).contains("rules: must list alert rules by name");
        assertThat(byAdministrator.err()).contains("the service refused: 403");
        assertThat(unknownId.err()).contains("the service refused: 404");
        assertThat(as(service, token, "subscriptions", "list", "--format", "csv").out().lines()).hasSize(2);
    }

    /** The administrator puts the host on the webhooks' allow-list (no command of the CLI does: a service setting). */
    private static void allow(ChronologyService service, String host) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        service.url().resolve("/api/v1/admin/webhook-hosts/" + host))
                .header("Authorization", "Bearer " + service.adminToken())
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isIn(200, 201, 204);
    }

    private static Cli.Run as(ChronologyService service, String token, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", service.url().toString(), "--token", token));
        return Cli.run(all.toArray(String[]::new));
    }
}
