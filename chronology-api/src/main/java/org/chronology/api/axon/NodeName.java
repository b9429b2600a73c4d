package org.chronology.api.axon;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This node's name among the nodes sharing one database: the owner of the segments it claims and of its
 * heartbeat. A name that survives restarts (host and port unless {@code chronology.node-id} is set) lets a node
 * restarted after a crash take its own segments back at once instead of waiting out its dead predecessor's
 * claims; two nodes on one host differ by port.
 */
@Component
public class NodeName {

    private final String value;

    NodeName(@Value("${chronology.node-id:}") String nodeId, @Value("${server.port:8080}") int port)
            throws UnknownHostException {
        this.value = nodeId.isBlank() ? InetAddress.getLocalHost().getHostName() + ":" + port : nodeId;
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
