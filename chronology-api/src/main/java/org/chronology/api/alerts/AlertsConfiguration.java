package org.chronology.api.alerts;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;
import org.chronology.api.gaps.RulesConfiguration;
import org.chronology.projections.alerts.AlertRule;
import org.chronology.projections.alerts.AlertRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The alert rules, with parameters from {@code chronology.alerts.rules.<RULE>.<parameter>}; and the two processors
 * alerts go through. The judge tracks the store with its own durable position, in one segment so that a child's
 * alerts are raised in the order of its entries; it starts, the first time, at the store's head (a new service
 * does not alert on years of history), and a failure is retried rather than logged and passed over, so an
 * acknowledged entry that should alert does. The alert store runs in the transaction that raises the alert.
 */
@Configuration
class AlertsConfiguration {

    @Bean
    AlertRules alertRules(List<AlertRule> rules, Environment environment) {
        return new AlertRules(rules, RulesConfiguration.configured(environment, "chronology.alerts.rules",
                rules.stream().collect(Collectors.toMap(AlertRule::name, AlertRule::parameters))));
    }

    @Bean
    ConfigurerModule alertProcessors() {
        return configurer -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessor(AlertJudge.GROUP, c -> c.eventStore(),
                        (c, builder) -> builder.initialSegmentCount(1).maxClaimedSegments(1).batchSize(100)
                                .initialToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(AlertJudge.GROUP, c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(AlertStore.GROUP);
    }
}
