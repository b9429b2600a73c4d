package org.chronology.client.it;

import org.chronology.client.cli.ExitCode;
import org.chronology.client.support.ChronologyService;
import org.chronology.client.support.Cli;
import org.chronology.client.support.WithChronologyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.client.support.ChronologyService.unique;

/** The administrator's and reader's commands, as the README shows them, against the real service. */
@ExtendWith(WithChronologyService.class)
class CommandsIT {

    @TempDir
    Path dir;

    @Test
    void an_administrator_registers_an_agency_issues_its_token_and_revokes_it(ChronologyService service) {
        String code = unique("HV");
        String admin = service.adminToken();

        Cli.Run registered = as(service, admin, "agencies", "register", code, "--name", "Health visiting", "--sector", "health.community");
        Cli.Run listed = as(service, admin, "agencies", "list");
        Cli.Run issued = as(service, admin, "tokens", "issue", "--agency", code, "--issued-to", "Casey Worker");
        String tokenId = issued.err().replaceAll("(?s).*token (\\w{16}).*", "$1");
        Cli.Run tokens = as(service, admin, "tokens", "list", "--format", "csv");
        Cli.Run revoked = as(service, admin, "tokens", "revoke", tokenId);

        assertThat(registered.out()).isEqualTo("Registered " + code + " (health.community): Health visiting\n");
        assertThat(listed.out()).containsPattern(code + " +health\\.community +Health visiting");
        assertThat(issued.out().strip()).startsWith("chr_").doesNotContain(" ");
        assertThat(issued.err()).contains("Issued agency token " + tokenId + " for " + code);
        assertThat(tokens.out()).contains(tokenId + ",agency," + code);
        assertThat(revoked.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(as(service, issued.out().strip(), "agencies", "list").err()).contains("401");
        assertThat(as(service, admin, "tokens", "issue", "--dashboard").out()).startsWith("chr_");
    }

    @Test
    void readers_print_timelines_gaps_turnover_and_the_catalogue(ChronologyService service) throws IOException {
        String agency = unique("CSC");
        String token = service.agencyWithToken(agency, "la.csc");
        String child = unique("C");
        Path file = Files.writeString(dir.resolve("case.csv"), "eventId,type,occurredAt,children,workerId,workerRole,summary,details\n"
                + "W-1,worker.allocated,2018-01-02," + child + ",SW-1,SOCIAL_WORKER,Allocated,\n"
                + "W-2,worker.allocated,2018-02-01," + child + ",SW-2,SOCIAL_WORKER,Reallocated,\n"
                + "S-1,strategy.meeting,2018-02-10," + child + ",,,Strategy meeting,\"{\"\"invited\"\": [\"\"" + agency + "\"\"]}\"\n");
        assertThat(as(service, token, "import", file.toString(), "--agency", agency).exitCode()).isEqualTo(ExitCode.OK);

        Cli.Run json = as(service, token, "timeline", child, "--format", "json", "--type", "worker.allocated");
        Cli.Run gaps = as(service, token, "gaps", child, "--as-of", "2018-06-30");
        Cli.Run turnover = as(service, token, "turnover", child);
        String reviewer = as(service, service.adminToken(), "reviews", "open", "--name", "Review", "--child", child,
                "--from", "2018-01-01", "--to", "2018-12-31").out().strip();

        assertThat(json.out()).contains("\"childId\" : \"" + child + "\"", "\"count\" : 2", "\"eventId\" : \"W-2\"");
        assertThat(gaps.out()).contains("Gaps for " + child + " as of 2018-06-30", "STRAT_NO_HEALTH");
        assertThat(turnover.out()).contains("SOCIAL_WORKER for " + child + ": 2 distinct, 1 change")
                .containsPattern("SW-2 +2018-02-01 +\\(current\\)");
        assertThat(as(service, reviewer, "timeline", child).out()).contains("Timeline of " + child + ": 3 entries");
        assertThat(as(service, token, "event-types").out()).containsPattern("strategy\\.meeting +invited, attended, chair");
        assertThat(as(service, token, "rules").out()).contains("SW_TURNOVER");
        assertThat(as(service, token, "rules", "--format", "csv").out())
                .startsWith("rule,category,parameters\r\n").containsPattern("\r\nSW_TURNOVER,[a-z-]+,\\S*=");
        assertThat(as(service, token, "event-types", "--format", "json").out())
                .contains("\"type\" : \"strategy.meeting\"", "\"typedDetails\" : [");
    }

    @Test
    void an_administrator_replays_a_projection_and_follows_it_and_the_findings_until_caught_up(ChronologyService service) {
        Cli.Run replay = as(service, service.adminToken(), "projections", "--replay", "turnover", "--wait");

        assertThat(replay.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(replay.err()).startsWith("Replaying turnover from the event store.");
        assertThat(replay.out()).containsPattern("turnover +yes +no +(\\d+) +\\1 +-")
                .containsPattern("findings refresh +yes +no +\\d+ +\\d+ +-");
        assertThat(as(service, service.adminToken(), "projections", "--format", "json").out())
                .contains("\"etaSeconds\" : null", "\"processed\" : ");
    }

    private static Cli.Run as(ChronologyService service, String token, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", service.url().toString(), "--token", token));
        return Cli.run(all.toArray(String[]::new));
    }
}
