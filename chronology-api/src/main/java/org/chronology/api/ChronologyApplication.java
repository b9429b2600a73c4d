package org.chronology.api;

import org.chronology.api.demo.Demo;
import org.chronology.api.move.MoveCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Chronology service: REST API, projections and the event store in one process. */
@SpringBootApplication(scanBasePackages = "org.chronology")
@ConfigurationPropertiesScan
@EnableScheduling
public class ChronologyApplication {

    public static void main(String[] args) {
        // Moving a stopped H2 store to PostgreSQL is a one-off job of the same jar, with no service around it.
        if (MoveCommand.handles(args)) {
            System.exit(MoveCommand.run(args));
        }
        // A safeguarding service must not report anything to third parties, Axon's usage statistics included.
        System.setProperty("axoniq.update-checker.disabled", System.getProperty("axoniq.update-checker.disabled", "true"));
        // H2 hashes every string it reads to share equal values (h2.objectCache): for entry documents of kilobytes
        // that was a fifth of the findings refresher's CPU after a bulk load, and no value here repeats enough to gain.
        System.setProperty("h2.objectCache", System.getProperty("h2.objectCache", "false"));
        try {
            SpringApplication.run(ChronologyApplication.class, Demo.arguments(args, System.getenv()));
        } catch (RuntimeException | Error failedToStart) {
            // Spring has logged why. The processors' threads would keep a process that serves nothing alive,
            // its port open and its database locked: whoever supervises it must see it end.
            System.exit(1);
        }
    }
}
