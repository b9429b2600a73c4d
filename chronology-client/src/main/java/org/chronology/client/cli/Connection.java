package org.chronology.client.cli;

import org.chronology.client.api.Chronology;
import org.chronology.client.api.ChronologyClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.util.function.Function;

/** Where the service is and who is calling: options, or the environment. */
final class Connection {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:CHRONOLOGY_URL}",
            description = "The service, e.g. https://chronology.example.org (default: $CHRONOLOGY_URL).")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:CHRONOLOGY_TOKEN}",
            description = "Your bearer token (default: $CHRONOLOGY_TOKEN).")
    String token;

    /** Makes one request on a connection of its own, closed when it returns. */
    <T> T request(Function<ChronologyClient, T> call) {
        try (Chronology chronology = open()) {
            return call.apply(chronology.client());
        }
    }

    Chronology open() {
        if (url == null || url.isBlank()) {
            throw new ParameterException(spec.commandLine(), "No service URL: give --url or set CHRONOLOGY_URL.");
        }
        if (token == null || token.isBlank()) {
            throw new ParameterException(spec.commandLine(), "No token: give --token or set CHRONOLOGY_TOKEN.");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--url is not a URL: " + url);
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new ParameterException(spec.commandLine(), "--url must be http(s)://host[:port], not " + url);
        }
        return Chronology.connect(uri, token.strip());
    }
}
