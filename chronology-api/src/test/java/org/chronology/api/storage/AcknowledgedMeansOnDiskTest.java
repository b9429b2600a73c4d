package org.chronology.api.storage;

import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.Service;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database's file is forced to disk before any post is acknowledged: watched, not assumed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AcknowledgedMeansOnDiskTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void forceWatchedDatabase(DynamicPropertyRegistry registry) throws IOException {
        ForceWatchingFiles.register();
        Path data = Files.createTempDirectory("chronology-forced");
        registry.add("chronology.data-dir", data::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:forcewatch:" + data.resolve("chronology")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        registry.add("chronology.security.admin-token", () -> Service.ADMIN_TOKEN);
    }

    @Test
    void aPostIsAnsweredOnlyAfterTheStoreWasForcedToDisk() throws Exception {
        Service service = new Service(port);
        service.registerAgencies(Map.of("DISK", "la.csc"));
        ApiClient agency = service.agency("DISK");
        int forcedBefore = ForceWatchingFiles.forced();

        ForceWatchingFiles.hold();
        CompletableFuture<ApiClient.Response> post = CompletableFuture.supplyAsync(() -> agency.post("/api/v1/events",
                Envelope.of("disk-1", "visit.home", "DISK", "2024-03-01", "DISK-CHILD", "Home visit")));
        CompletableFuture<ApiClient.Response> batch = CompletableFuture.supplyAsync(() -> agency.post(
                "/api/v1/events/batch", Map.of("events", List.of(
                        Envelope.of("disk-2", "visit.home", "DISK", "2024-03-02", "DISK-CHILD", "Home visit"),
                        Envelope.of("disk-3", "visit.home", "DISK", "2024-03-03", "DISK-CHILD", "Home visit")))));
        try {
            assertThat(ForceWatchingFiles.awaitWaitingForce(10_000)).as("the writer forces the file").isTrue();
            Thread.sleep(500);
            assertThat(post).as("no acknowledgement while the forcing waits").isNotDone();
            assertThat(batch).as("no acknowledgement while the forcing waits").isNotDone();
        } finally {
            ForceWatchingFiles.release();
        }

        assertThat(post.get(20, TimeUnit.SECONDS).status()).isEqualTo(201);
        assertThat(batch.get(20, TimeUnit.SECONDS).json().get("recorded").asInt()).isEqualTo(2);
        assertThat(ForceWatchingFiles.forced()).isGreaterThan(forcedBefore);
    }
}
