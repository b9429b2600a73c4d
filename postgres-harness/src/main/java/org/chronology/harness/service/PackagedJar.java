package org.chronology.harness.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The service's jar that the build has packaged and names in the system property {@value #PROPERTY}. */
final class PackagedJar {

    static final String PROPERTY = "chronology.jar";
    private static Path copy;

    private PackagedJar() {
    }

    /**
     * The jar, copied once per test run: a build elsewhere on the machine may rewrite the original while the
     * service still loads classes from it.
     */
    static synchronized Path privateCopy() {
        if (copy == null) {
            Path original = original();
            try {
                Path dir = Files.createTempDirectory("chronology-jar");
                copy = Files.copy(original, dir.resolve(original.getFileName()));
                copy.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy;
    }

    private static Path original() {
        String path = System.getProperty(PROPERTY);
        if (path == null) {
            throw new IllegalStateException(PROPERTY + " is not set: run through Maven (failsafe) after packaging");
        }
        Path jar = Path.of(path);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no service jar at " + jar + ": package chronology-api first");
        }
        return jar;
    }
}
