package org.chronology.api.ingest;

import org.chronology.core.validation.AgencyDirectory;
import org.chronology.core.validation.EnvelopeParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration
class IngestConfiguration {

    @Bean
    EnvelopeParser envelopeParser(AgencyDirectory agencies) {
        return new EnvelopeParser(agencies);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
