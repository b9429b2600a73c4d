package org.chronology.api.demo;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --demo} keeps its records apart from a real store's, unless told where to keep them. */
class DemoTest {

    @Test
    void theDemoGetsItsOwnDataDirectory() {
        assertThat(Demo.arguments(new String[] {"--demo"}, Map.of()))
                .containsExactly("--demo", "--chronology.data-dir=./data-demo");
    }

    @Test
    void aDataDirectoryGivenInTheEnvironmentOrOnTheCommandLineIsKept() {
        assertThat(Demo.arguments(new String[] {"--demo"}, Map.of("CHRONOLOGY_DATA_DIR", "/srv/demo")))
                .containsExactly("--demo");
        assertThat(Demo.arguments(new String[] {"--demo", "--chronology.data-dir=/tmp/d"}, Map.of()))
                .containsExactly("--demo", "--chronology.data-dir=/tmp/d");
    }

    @Test
    void withoutTheDemoFlagNothingChanges() {
        assertThat(Demo.arguments(new String[] {"--server.port=9090"}, Map.of())).containsExactly("--server.port=9090");
    }
}
