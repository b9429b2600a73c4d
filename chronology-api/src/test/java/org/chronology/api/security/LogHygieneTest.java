package org.chronology.api.security;

import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Summaries and details are never logged, whether an event is recorded, refused or read back. */
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest extends ServiceTest {

    private static final String SECRET_SUMMARY = "Disclosure-7f3a: child said stepfather hits her";
    private static final String SECRET_DETAIL = "detail-9c1e-home-address";

    @Test
    void recordedRefusedAndReadEventsLeaveNoContentInTheLog(CapturedOutput output) {
        registerAgencies(Map.of("LH-AG", "education"));
        var envelope = Envelope.of("LH-1", "concern.recorded", "LH-AG", "2020-02-03", "LH-Child", SECRET_SUMMARY);
        envelope.putObject("details").put("note", SECRET_DETAIL);
        postAll(List.of(envelope));
        var refused = Envelope.of("LH-2", "concern.recorded", "LH-AG", "2020-13", "LH-Child", SECRET_SUMMARY);
        assertThat(asAgency("LH-AG").post("/api/v1/events", refused).status()).isEqualTo(400);
        var conflicting = Envelope.of("LH-1", "concern.recorded", "LH-AG", "2020-02-04", "LH-Child", SECRET_SUMMARY + "!");
        assertThat(asAgency("LH-AG").post("/api/v1/events", conflicting).status()).isEqualTo(409);
        assertThat(timeline("LH-Child", "").toString()).contains(SECRET_SUMMARY);

        assertThat(output.getAll()).doesNotContain(SECRET_SUMMARY).doesNotContain(SECRET_DETAIL);
    }
}
