package org.chronology.benchmarks;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** What the running service costs: its heap in use, its CPU time and its peak resident memory. */
final class ServiceMetrics implements AutoCloseable {

    private final ProcessHandle service;
    private JMXConnector jmx;
    private MemoryMXBean memory;

    ServiceMetrics(ProcessHandle service) {
        this.service = service;
    }

    /**
     * Heap in use now, in MiB, read over JMX from the service's own memory bean. The connection is opened once
     * (attaching starts the JVM's local management agent): sampling every second by starting {@code jcmd} cost
     * the machine a short-lived JVM each time, some 0.15 s of CPU taken from the service being measured.
     */
    long heapUsedMiB() {
        try {
            return memory().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        } catch (IOException | AttachNotSupportedException | RuntimeException e) {
            return -1;
        }
    }

    private synchronized MemoryMXBean memory() throws IOException, AttachNotSupportedException {
        if (memory == null) {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(service.pid()));
            try {
                jmx = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
            } finally {
                vm.detach();
            }
            memory = ManagementFactory.newPlatformMXBeanProxy(jmx.getMBeanServerConnection(),
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        }
        return memory;
    }

    /** CPU time the service has used so far, all threads, in milliseconds (-1 where the platform does not say). */
    long cpuMillis() {
        return service.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /** Peak resident memory of the process so far, in MiB (VmHWM). */
    long peakResidentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(service.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            // not Linux: no figure
        }
        return -1;
    }

    /** Closes the JMX connection, if one was opened (again, harmlessly). */
    @Override
    public synchronized void close() {
        if (jmx != null) {
            try {
                jmx.close();
            } catch (IOException e) {
                // the service is stopping anyway
            }
            jmx = null;
            memory = null;
        }
    }
}
