package org.chronology.core.upcasting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.chronology.core.api.event.AccessRole;
import org.chronology.core.api.event.ChildRecordRead;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A read audited before revision 2, as the store holds it, comes out as today's event. */
class ChildRecordReadUpcasterTest {

    private final Serializer serializer = JacksonSerializer.builder().objectMapper(JsonMapper.builder()
            .addModule(new JavaTimeModule()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()).build();
    private final EventUpcasterChain upcasters = new EventUpcasterChain(new ChildRecordReadUpcaster());

    @Test
    void revisionOneEventsGetReadAt() {
        String stored = """
                {"tokenId":"tok-1","role":"reviewer","agency":null,"reviewId":"rev-1","childId":"T-Twin1",
                 "endpoint":"timeline","at":"2018-04-01T09:30:00Z"}""";

        ChildRecordRead read = readBack(stored, null);

        assertThat(read).isEqualTo(new ChildRecordRead("tok-1", AccessRole.REVIEWER, null, "rev-1", "T-Twin1",
                "timeline", Instant.parse("2018-04-01T09:30:00Z"), null, null, null, null));
    }

    @Test
    void revisionTwoEventsPassUnchanged() {
        String stored = """
                {"tokenId":"tok-2","role":"agency","agency":"CSC","reviewId":null,"childId":"K-1",
                 "endpoint":"gaps","readAt":"2024-01-02T03:04:05Z"}""";

        assertThat(readBack(stored, "2").readAt()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    }

    private ChildRecordRead readBack(String payload, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(null, "e-1", 0, "e-1",
                Instant.parse("2024-01-01T00:00:00Z"), ChildRecordRead.class.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = upcasters
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.get(0).getData());
    }
}
