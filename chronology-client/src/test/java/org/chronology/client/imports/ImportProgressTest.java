package org.chronology.client.imports;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ImportProgressTest {

    private final AtomicLong nanos = new AtomicLong();
    private final StringWriter text = new StringWriter();

    @Test
    void the_status_gives_count_share_rate_and_time_left() {
        ImportProgress progress = new ImportProgress.Lines(new PrintWriter(text), nanos::get, 5_000_000_000L);
        progress.start(10_000);
        nanos.set(10_000_000_000L);

        assertThat(progress.status(2_500)).isEqualTo("2,500/10,000 events (25%), 250/s, 0:30 left");
        assertThat(progress.status(10_000)).isEqualTo("10,000/10,000 events (100%), 1,000/s, done in 0:10");
    }

    @Test
    void off_a_terminal_a_line_is_printed_at_most_every_interval_and_at_the_end() {
        ImportProgress progress = new ImportProgress.Lines(new PrintWriter(text), nanos::get, 5_000_000_000L);
        progress.start(300);
        nanos.set(1_000_000_000L);
        progress.advance(100);
        nanos.set(6_000_000_000L);
        progress.advance(200);
        nanos.set(7_000_000_000L);
        progress.finish(300);

        assertThat(text.toString().lines()).hasSize(3)
                .allSatisfy(line -> assertThat(line).doesNotContain("\r"))
                .last().asString().startsWith("300/300 events (100%)");
    }

    @Test
    void on_a_terminal_one_bar_is_redrawn_in_place() {
        ImportProgress progress = new ImportProgress.Bar(new PrintWriter(text), nanos::get);
        progress.start(100);
        nanos.set(1_000_000_000L);
        progress.advance(50);

        assertThat(text.toString()).startsWith("\r[").contains("\r[###############               ] 50/100 events (50%)");
    }
}
