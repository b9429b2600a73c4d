package org.chronology.api;

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
        // A safeguarding service must not report anything to third parties, Axon's usage statistics included.
        System.setProperty("axoniq.update-checker.disabled", System.getProperty("axoniq.update-checker.disabled", "true"));
        // H2 hashes every string it stores or reads into a cache of shared values: for timeline documents of a
        // kilobyte or more that costs more than it saves (a twentieth of a profiled replay).
        System.setProperty("h2.objectCache", System.getProperty("h2.objectCache", "false"));
        SpringApplication.run(ChronologyApplication.class, args);
    }
}
