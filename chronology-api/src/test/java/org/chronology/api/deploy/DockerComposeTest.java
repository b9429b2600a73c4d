package org.chronology.api.deploy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker/docker-compose.yml} describes the topology the cluster test runs with real processes:
 * PostgreSQL, two or more nodes on the postgres profile, a proxy spreading requests over all of them, and
 * secrets only from the environment. Where the Docker client with its compose plugin is installed, Docker's
 * own validation must accept the file too.
 */
class DockerComposeTest {

    private static final Path DOCKER = repositoryRoot().resolve("docker");

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsPostgresNodesAndAProxyWithSecretsFromTheEnvironment() throws IOException {
        String text = Files.readString(DOCKER.resolve("docker-compose.yml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(text).get("services");

        assertThat(services).containsKeys("postgres", "proxy");
        List<String> nodes = services.keySet().stream().filter(name -> name.startsWith("chronology-")).toList();
        assertThat(nodes).hasSizeGreaterThanOrEqualTo(2);
        String nginx = Files.readString(DOCKER.resolve("nginx.conf"));
        for (String node : nodes) {
            Map<String, Object> env = (Map<String, Object>) services.get(node).get("environment");
            assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "postgres").containsEntry("CHRONOLOGY_NODE_ID", node);
            assertThat(String.valueOf(env.get("CHRONOLOGY_DB_URL"))).startsWith("jdbc:postgresql://postgres:");
            assertThat(String.valueOf(env.get("CHRONOLOGY_DB_PASSWORD"))).startsWith("${POSTGRES_PASSWORD:?");
            assertThat(String.valueOf(env.get("CHRONOLOGY_ADMIN_TOKEN"))).startsWith("${CHRONOLOGY_ADMIN_TOKEN:?");
            assertThat(nginx).as("the proxy sends requests to " + node).contains("server " + node + ":8080");
        }
        Map<String, Object> postgresEnv = (Map<String, Object>) services.get("postgres").get("environment");
        assertThat(String.valueOf(postgresEnv.get("POSTGRES_PASSWORD"))).startsWith("${POSTGRES_PASSWORD:?");
        assertThat(Files.readString(DOCKER.resolve("Dockerfile"))).contains("USER chronology").contains("HEALTHCHECK")
                .containsPattern("(?m)^FROM .* AS build$");
    }

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Assumptions.assumeTrue(run(List.of("docker", "compose", "version"), Map.of()) == 0,
                "no Docker client with the compose plugin here");
        int exit = run(List.of("docker", "compose", "-f", DOCKER.resolve("docker-compose.yml").toString(), "config", "-q"),
                Map.of("POSTGRES_PASSWORD", "test-password", "CHRONOLOGY_ADMIN_TOKEN", "test-admin-token"));
        assertThat(exit).as("docker compose config").isZero();
    }

    private static int run(List<String> command, Map<String, String> env) throws InterruptedException {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).inheritIO();
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException notInstalled) {
            return -1;
        }
    }

    private static Path repositoryRoot() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("docker")) && Files.isRegularFile(at.resolve("pom.xml"))) {
                return at;
            }
        }
        throw new IllegalStateException("repository root not found");
    }
}
