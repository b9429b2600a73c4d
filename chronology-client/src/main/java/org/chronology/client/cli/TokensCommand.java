package org.chronology.client.cli;

import org.chronology.client.api.Chronology;
import org.chronology.client.api.ChronologyClient;
import org.chronology.client.api.IssuedToken;
import org.chronology.client.api.TokenInfo;
import org.chronology.client.api.TokenRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "tokens", description = "Issue, list and revoke tokens (administrators).",
        subcommands = {TokensCommand.Issue.class, TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
final class TokensCommand {

    /**
     * Prints only the secret on standard output, so that {@code TOKEN=$(chronology tokens issue ...)} works;
     * the token id, needed to revoke it, goes to standard error.
     */
    @Command(name = "issue", description = "Issue an agency's token or a dashboard token; the secret is shown once.")
    static final class Issue implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection;

        @ArgGroup(multiplicity = "1")
        Kind kind;

        @Option(names = "--issued-to", paramLabel = "NAME",
                description = "The person the token is for (required for an agency's token); the audit names them.")
        String issuedTo;

        @Option(names = "--expires-at", paramLabel = "INSTANT",
                description = "When the token stops working, such as 2027-03-31T23:59:59Z (default: until revoked).")
        Instant expiresAt;

        static final class Kind {
            @Option(names = "--agency", paramLabel = "CODE", description = "A token to record events for this agency.")
            String agency;

            @Option(names = "--dashboard", description = "A token that reads aggregate dashboard figures only.")
            boolean dashboard;
        }

        @Override
        public Integer call() {
            TokenRequest request = new TokenRequest(issuedTo, expiresAt);
            IssuedToken issued = connection.request(client -> kind.agency != null
                    ? client.issueAgencyToken(kind.agency, request) : client.issueDashboardToken(request));
            return SecretOnce.print(spec, issued.token(), "Issued " + issued.role() + " token " + issued.tokenId()
                    + (issued.agency() == null ? "" : " for " + issued.agency()));
        }
    }

    @Command(name = "list", description = "List every token issued, with when it was revoked.")
    static final class ListTokens implements Callable<Integer> {

        @Mixin
        Connection connection;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            List<TokenInfo> tokens = connection.request(ChronologyClient::tokens);
            return output.list(tokens, List.of(new Column<>("tokenId", "TOKEN ID", TokenInfo::tokenId),
                    new Column<>("role", "ROLE", TokenInfo::role), new Column<>("agency", "AGENCY", TokenInfo::agency),
                    new Column<>("reviewId", "REVIEW", TokenInfo::reviewId),
                    new Column<>("issuedTo", "ISSUED TO", TokenInfo::issuedTo),
                    new Column<>("issuedAt", "ISSUED", TokenInfo::issuedAt),
                    new Column<>("expiresAt", "EXPIRES", TokenInfo::expiresAt),
                    new Column<>("revokedAt", "REVOKED", TokenInfo::revokedAt)));
        }
    }

    @Command(name = "revoke", description = "Revoke a token by its id (from 'tokens list').")
    static final class Revoke implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection;

        @Parameters(paramLabel = "TOKEN_ID", description = "The token's id, not its secret.")
        String tokenId;

        @Override
        public Integer call() {
            try (Chronology chronology = connection.open()) {
                chronology.client().revokeToken(tokenId);
            }
            spec.commandLine().getOut().println("Revoked " + tokenId);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
