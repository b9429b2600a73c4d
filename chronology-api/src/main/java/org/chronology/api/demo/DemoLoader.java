package org.chronology.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.chronology.api.security.TokenSecrets;
import org.chronology.core.api.command.IssueToken;
import org.chronology.core.api.event.AccessRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * With {@code --demo}, once the service listens: registers the seed's agencies, records their chronologies
 * through the events API with each agency's own token, opens a review of every child, and prints a reviewer, an
 * agency, a dashboard and an administrator token on the console, never through the logger (as
 * {@code BootstrapAdmin} does). Runs first, so no other administrator token is generated beside the demo's.
 * Each start sends the records again (duplicates change nothing) and opens a new review with new tokens.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoLoader implements ApplicationRunner {

    static final String AGENCY = "CSC";
    static final String REVIEW = "Published reviews (demo)";
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final CommandGateway commands;
    private final ObjectMapper mapper;
    private final ApplicationContext context;

    DemoLoader(CommandGateway commands, ObjectMapper mapper, ApplicationContext context) {
        this.commands = commands;
        this.mapper = mapper;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(Demo.OPTION)) {
            return;
        }
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        TokenSecrets.Issued admin = TokenSecrets.issue();
        commands.sendAndWait(new IssueToken(admin.tokenId(), AccessRole.ADMIN, null, null, admin.secretHash(),
                "demo administrator", null));
        LoopbackApi api = new LoopbackApi(mapper, port, admin.token());
        SeedChronologies seed = SeedChronologies.read(mapper);
        seed.agencySectors().forEach((code, sector) ->
                api.put("/api/v1/agencies/" + code, Map.of("name", code, "sector", sector)));
        int recorded = record(api, seed.envelopes());
        JsonNode review = api.post("/api/v1/reviews", Map.of("name", REVIEW, "children", seed.children(),
                "from", seed.from().toString(), "to", seed.to().toString(), "issuedTo", "demo reviewer"));
        JsonNode agency = api.post("/api/v1/agencies/" + AGENCY + "/tokens", Map.of("issuedTo", "demo worker of " + AGENCY));
        JsonNode dashboard = api.post("/api/v1/dashboard-tokens", Map.of("issuedTo", "demo dashboard"));
        log.info("Demo loaded: {} records ({} new) of {} agencies; review {} opened over {} children. Its tokens are"
                        + " printed on the console, not logged.", seed.envelopes().size(), recorded,
                seed.agencySectors().size(), review.get("reviewId").asText(), seed.children().size());
        System.out.println("\n  Demo: the published review chronologies are loaded and the review \"" + REVIEW
                + "\" is open.\n  Sign in at http://localhost:" + port + "/app/ with one of these tokens, shown this once:\n\n"
                + "    reviewer:       " + review.get("token").asText() + "\n"
                + "    agency " + AGENCY + ":     " + agency.get("token").asText() + "\n"
                + "    dashboard:      " + dashboard.get("token").asText() + "\n"
                + "    administrator:  " + admin.token() + "\n");
    }

    /**
     * Posts the envelopes in their order, each run of one recording agency as a batch with that agency's token;
     * the loading tokens are revoked once done. Returns how many were new.
     */
    private int record(LoopbackApi admin, List<JsonNode> envelopes) {
        Map<String, JsonNode> loaders = new LinkedHashMap<>();
        int recorded = 0;
        List<JsonNode> run = new ArrayList<>();
        for (int i = 0; i <= envelopes.size(); i++) {
            String agency = i < envelopes.size() ? envelopes.get(i).get("recordingAgency").asText() : null;
            if (!run.isEmpty() && !run.get(0).get("recordingAgency").asText().equals(agency)) {
                String runAgency = run.get(0).get("recordingAgency").asText();
                JsonNode loader = loaders.computeIfAbsent(runAgency, code -> admin.post("/api/v1/agencies/" + code
                        + "/tokens", Map.of("issuedTo", "demo loader of " + code)));
                JsonNode result = admin.as(loader.get("token").asText()).post("/api/v1/events/batch", Map.of("events", run));
                if (result.get("rejected").asInt() > 0) {
                    throw new IllegalStateException("The demo's records of " + runAgency + " were refused: " + result);
                }
                recorded += result.get("recorded").asInt();
                run = new ArrayList<>();
            }
            if (agency != null) {
                run.add(envelopes.get(i));
            }
        }
        loaders.values().forEach(loader -> admin.delete("/api/v1/tokens/" + loader.get("tokenId").asText()));
        return recorded;
    }
}
