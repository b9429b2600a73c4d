package org.chronology.api.workspace;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workspace is a lookup the reviewer reads straight back: its projection runs in the command's transaction. */
@Configuration
class WorkspaceConfiguration {

    @Bean
    ConfigurerModule reviewWorkspaceSubscribes() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(WorkspaceProjection.GROUP);
    }
}
