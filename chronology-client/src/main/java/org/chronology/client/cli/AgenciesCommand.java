package org.chronology.client.cli;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.chronology.client.api.Agency;
import org.chronology.client.api.AgencyRegistration;
import org.chronology.client.api.ChronologyClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "agencies", description = "List agencies, or register one (administrators).",
        subcommands = {AgenciesCommand.ListAgencies.class, AgenciesCommand.Register.class})
final class AgenciesCommand {

    @Command(name = "list", description = "List the registered agencies.")
    static final class ListAgencies implements Callable<Integer> {

        @Mixin
        Connection connection;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            List<Agency> agencies = connection.request(ChronologyClient::agencies);
            return output.list(agencies, List.of(new Column<>("code", "CODE", Agency::code),
                    new Column<>("sector", "SECTOR", Agency::sector), new Column<>("name", "NAME", Agency::name)));
        }
    }

    @Command(name = "register", description = "Register an agency, or update its name and sector.")
    static final class Register implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection;

        @Parameters(paramLabel = "CODE", description = "2-32 characters A-Z, 0-9 and -, e.g. CSC.")
        String code;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The agency's name.")
        String name;

        @Option(names = "--sector", required = true, paramLabel = "SECTOR",
                description = "A sector code: la.csc, la.frontdoor, la.edt, la.iro, la.legal, la.earlyhelp, la.other, "
                        + "health.acute, health.community, health.primary, health.mh, justice.police, justice.court, "
                        + "education, vcs, family, governance.")
        String sector;

        @Override
        public Integer call() {
            HttpResponse<Agency> response = connection.request(
                    client -> client.registerAgency(code, new AgencyRegistration(name, sector)));
            Agency agency = response.body();
            spec.commandLine().getOut().printf("%s %s (%s): %s%n",
                    response.status() == HttpStatus.CREATED ? "Registered" : "Updated", agency.code(), agency.sector(),
                    agency.name());
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
