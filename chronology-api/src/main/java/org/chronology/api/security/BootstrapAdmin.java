package org.chronology.api.security;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.chronology.core.api.command.IssueToken;
import org.chronology.core.api.event.AccessRole;
import org.chronology.projections.access.AccessRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * With no admin token configured, the first start issues one and prints it once on the console; later starts
 * find it issued and print nothing. The secret goes to standard output alone, never through the logger, so
 * structured logs shipped elsewhere never hold it; the log says only that a token was generated.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    private final CommandGateway commands;
    private final AccessRepository access;
    private final String configuredAdminToken;

    BootstrapAdmin(CommandGateway commands, AccessRepository access,
                   @Value("${chronology.security.admin-token:${CHRONOLOGY_ADMIN_TOKEN:}}") String configuredAdminToken) {
        this.commands = commands;
        this.access = access;
        this.configuredAdminToken = configuredAdminToken;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!configuredAdminToken.isEmpty() || access.tokens().stream().anyMatch(t -> t.role() == AccessRole.ADMIN)) {
            return;
        }
        TokenSecrets.Issued issued = TokenSecrets.issue();
        commands.sendAndWait(new IssueToken(issued.tokenId(), AccessRole.ADMIN, null, null, issued.secretHash(),
                "first administrator", null));
        log.warn("No CHRONOLOGY_ADMIN_TOKEN was set, so an administrator token (id {}) was generated and printed on"
                + " the console, once.", issued.tokenId());
        System.out.println("\n  No CHRONOLOGY_ADMIN_TOKEN was set, so an administrator token was generated.\n"
                + "  It is shown this once; keep it safe:\n\n    " + issued.token() + "\n");
    }
}
