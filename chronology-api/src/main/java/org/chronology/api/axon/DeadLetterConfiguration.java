package org.chronology.api.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.chronology.projections.timeline.TimelineProjection;
import org.chronology.projections.turnover.TurnoverProjection;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * A poison event must not stop a projection for everyone. When a streaming projection's handler fails, the event
 * and every later event of the same entry are parked in the dead-letter table (shared by all nodes) while the
 * projection goes on with the rest; an administrator lists and retries them through
 * {@code /api/v1/admin/dead-letters}.
 */
@Configuration
public class DeadLetterConfiguration {

    /** Projections whose events may be dead-lettered: the streaming ones, which are rebuilt from the store. */
    public static final List<String> GROUPS = List.of(TimelineProjection.GROUP, TurnoverProjection.GROUP);

    @Bean
    ConfigurerModule deadLetterQueues(ConnectionProvider connections, TransactionManager transactions,
                                      Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer) {
        return configurer -> GROUPS.forEach(group -> configurer.eventProcessing()
                .registerDeadLetterQueue(group, config -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .schema(DeadLetterSchema.defaultSchema())
                        .genericSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .build())
                // Before each event the processor must know whether its entry already has a dead letter, to park
                // it behind that one. Uncached, that is a query per event: 18% of the timeline's CPU in a profiled
                // replay. A segment claimed while the queue is empty answers from memory (it remembers what it
                // parks itself); otherwise it still asks the table, once per entry.
                .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (config, invoker) -> invoker.enableSequenceIdentifierCache()));
    }
}
