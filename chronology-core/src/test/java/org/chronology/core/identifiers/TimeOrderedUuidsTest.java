package org.chronology.core.identifiers;

import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedUuidsTest {

    @Test
    void idsAreVersion7WithTheCurrentTime() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedUuids.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after + 1);
    }

    @Test
    void eachIdSortsAfterTheOneBeforeItAsText() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) { // several thousand per millisecond: the counter must carry over
            ids.add(TimeOrderedUuids.next().toString());
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void threadsNeverShareAnId() throws InterruptedException {
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    ids.add(TimeOrderedUuids.next());
                }
                done.countDown();
            }).start();
        }
        done.await();

        assertThat(ids).hasSize(40_000);
    }

    @Test
    void axonGivesEventsTheseIds() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifierFactory.class);
        assertThat(UUID.fromString(GenericEventMessage.asEventMessage("payload").getIdentifier()).version()).isEqualTo(7);
    }
}
