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
        SpringApplication.run(ChronologyApplication.class, args);
    }
}
