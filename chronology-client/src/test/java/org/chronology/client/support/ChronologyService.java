package org.chronology.client.support;

import org.chronology.client.api.AgencyRegistration;
import org.chronology.client.api.Chronology;
import org.chronology.harness.service.ServiceOptions;
import org.chronology.harness.service.ServiceProcess;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The service the integration tests run against, with what they need of it: its URL, the administrator's
 * token, agencies with tokens. Tests share its store, so each uses its own agencies and children ({@link #unique}).
 */
public final class ChronologyService implements ExtensionContext.Store.CloseableResource {

    private static final String ADMIN_TOKEN = "it-admin-" + UUID.randomUUID();

    private ServiceProcess process;
    private Path workDir;

    private ChronologyService() {
    }

    static ChronologyService start() {
        ChronologyService service = new ChronologyService();
        try {
            service.workDir = Files.createTempDirectory("chronology-client-it");
            service.process = new ServiceProcess(ServiceOptions.forTest(service.workDir.resolve("data"),
                    service.workDir.resolve("service.log"), ADMIN_TOKEN)).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return service;
    }

    public URI url() {
        return process.url();
    }

    public String adminToken() {
        return ADMIN_TOKEN;
    }

    public Path workDir() {
        return workDir;
    }

    public Chronology connect(String token) {
        return Chronology.connect(url(), token);
    }

    /** Registers an agency of that sector and returns a token that records for it. */
    public String agencyWithToken(String code, String sector) {
        try (Chronology admin = connect(ADMIN_TOKEN)) {
            admin.client().registerAgency(code, new AgencyRegistration(code + " (test)", sector));
            return admin.client().issueAgencyToken(code, new org.chronology.client.api.TokenRequest("Test worker", null)).token();
        }
    }

    /** A code or id no other test uses: {@code prefix} and a random suffix, valid as an agency code and a person id. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Override
    public void close() throws Throwable {
        process.close();
    }
}
