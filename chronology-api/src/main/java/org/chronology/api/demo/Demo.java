package org.chronology.api.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar chronology.jar --demo}: the service on a data directory of its own ({@code ./data-demo} unless
 * {@code CHRONOLOGY_DATA_DIR} or {@code --chronology.data-dir} says otherwise), so trying the demo never mixes its
 * records into a real store; {@link DemoLoader} then loads it.
 */
public final class Demo {

    static final String OPTION = "demo";
    static final String DATA_DIR = "./data-demo";

    private Demo() {
    }

    /** The arguments to start the service with: those given, and the demo's data directory when it applies. */
    public static String[] arguments(String[] args, Map<String, String> environment) {
        List<String> given = Arrays.asList(args);
        if (!given.contains("--" + OPTION) || environment.containsKey("CHRONOLOGY_DATA_DIR")
                || given.stream().anyMatch(arg -> arg.startsWith("--chronology.data-dir="))) {
            return args;
        }
        List<String> withDataDir = new ArrayList<>(given);
        withDataDir.add("--chronology.data-dir=" + DATA_DIR);
        return withDataDir.toArray(String[]::new);
    }
}
