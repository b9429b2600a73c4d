package org.chronology.api.projection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Per child, positions of entries the timeline projection has yet to write, forgotten once written. */
class TimelineBacklogTest {

    private final TimelineBacklog backlog = new TimelineBacklog();

    @Test
    void aChildsPositionsAfterTheProjectionAreFoundAndTheRestForgotten() {
        for (long position = 1; position <= 10; position++) {
            backlog.add("C1", position);
        }
        backlog.add("C2", 7);

        assertThat(backlog.after(List.of("C1", "C2"), 6)).containsExactly(7, 8, 9, 10, 7);
        assertThat(backlog.size()).as("C1's 1-6 forgotten").isEqualTo(5);

        backlog.written(List.of("C1"), new long[]{9, 7});
        assertThat(backlog.after(List.of("C1"), 6)).containsExactly(8, 10);

        backlog.forgetUpTo(8);
        assertThat(backlog.after(List.of("C1", "C2"), 0)).containsExactly(10);
        assertThat(backlog.clear()).isEqualTo(10);
        assertThat(backlog.size()).isZero();
        assertThat(backlog.after(List.of("C1"), 0)).isEmpty();
    }
}
