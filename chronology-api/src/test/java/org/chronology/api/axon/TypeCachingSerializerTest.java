package org.chronology.api.axon;

import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's serializer answers as Axon's does, and looks each stored type's class up once. */
class TypeCachingSerializerTest {

    record Noted(String childId, int count) {
    }

    /** Counts the look-ups of a class by its name that reach the mapper. */
    static final class CountingTypes extends TypeFactory {
        final AtomicInteger lookUps = new AtomicInteger();

        CountingTypes() {
            super(new LRUMap<>(16, 200));
        }

        @Override
        public Class<?> findClass(String className) throws ClassNotFoundException {
            lookUps.incrementAndGet();
            return super.findClass(className);
        }
    }

    private final CountingTypes types = new CountingTypes();
    private final TypeCachingSerializer serializer = new TypeCachingSerializer(JacksonSerializer.builder()
            .objectMapper(AxonConfiguration.storeMapper().setTypeFactory(types)));

    @Test
    void readsBackWhatItWrote() {
        SerializedObject<byte[]> written = serializer.serialize(new Noted("C1", 3), byte[].class);

        Noted read = serializer.deserialize(written);

        assertThat(read).isEqualTo(new Noted("C1", 3));
    }

    @Test
    void looksEachStoredTypeUpOnce() {
        SimpleSerializedType type = new SimpleSerializedType(Noted.class.getName(), null);

        for (int i = 0; i < 5; i++) {
            assertThat(serializer.classForType(type)).isEqualTo(Noted.class);
        }

        assertThat(types.lookUps).hasValue(1);
    }

    @Test
    void aTypeNoClassHasIsUnknownAndTheEmptyTypeIsVoid() {
        assertThat(serializer.classForType(new SimpleSerializedType("org.chronology.NoSuchEvent", null)))
                .isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(SimpleSerializedType.emptyType())).isEqualTo(Void.class);
    }
}
