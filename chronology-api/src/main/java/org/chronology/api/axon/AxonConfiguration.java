package org.chronology.api.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.chronology.core.upcasting.ChildRecordReadUpcaster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Duration;

/**
 * Axon on plain JDBC: the event store and tokens live in the same database as the read models, every message
 * is JSON (no XStream anywhere), and the tables are created by Flyway rather than by Axon.
 */
@Configuration
public class AxonConfiguration {

    /** One mapper for everything stored, independent of how the HTTP layer is configured. */
    public static ObjectMapper storeMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static Serializer storeSerializer() {
        return new TypeCachingSerializer(JacksonSerializer.builder().objectMapper(storeMapper()));
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return storeSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return storeSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return storeSerializer();
    }

    /** Tokens are claimed in the name of this node (see {@link NodeName}). */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, NodeName node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(TokenSchema.builder().build())
                .contentType(byte[].class)
                .nodeId(node.value())
                .claimTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Bean
    public EventSchema eventSchema() {
        return new EventSchema();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 ObjectProvider<EventUpcaster> upcasters,
                                                 EmptyPositions emptyPositions) {
        return new GapForgettingStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                // Replays and catching-up processors read the store in large pages.
                .batchSize(1000)
                .readEventDataWithGaps(new IndexedGapReads())
                // A position below the highest read, left by a transaction still open, is a gap a processor waits
                // for. Axon gives up on one after 10,000 later positions or 60 s, and would then skip for good an
                // event whose transaction commits later. Several nodes commit in any order, each within seconds
                // (Writer's groups, bounded by its transaction timeout): waiting ten minutes or ten million
                // positions covers the longest.
                .maxGapOffset(10_000_000)
                .gapTimeout((int) Duration.ofMinutes(10).toMillis()), emptyPositions);
    }

    /**
     * Each streaming processor reads the store in its own pages. Axon's shared read-ahead cache
     * ({@code optimizeEventConsumption}) keeps every event it has read reachable from the slowest processor's
     * position (AxonFramework issue 2954): in the full benchmark, with the timeline busy and a bulk load going on,
     * it held 714,000 events and ran the service out of its 1 GiB heap.
     */
    @Bean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .optimizeEventConsumption(false)
                .build();
    }

    /** Stored audit records of the first form, read as the second. */
    @Bean
    public ChildRecordReadUpcaster childRecordReadUpcaster() {
        return new ChildRecordReadUpcaster();
    }

    /** Axon's JDBC auto-configuration leaves this out once the application defines its own event store. */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new JdbcSQLErrorCodesResolver();
    }
}
