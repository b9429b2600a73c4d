package org.chronology.api.ingest;

import org.axonframework.modelling.command.Repository;
import org.chronology.core.entry.Entry;
import org.chronology.core.entry.EntryBatchHandler;
import org.chronology.core.entry.EntryIndex;
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

    /** The core is free of Spring: its command handler is made a bean here, where Axon finds it. */
    @Bean
    EntryBatchHandler entryBatchHandler(Repository<Entry> entries, EntryIndex index) {
        return new EntryBatchHandler(entries, index);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
