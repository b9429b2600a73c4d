package org.chronology.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Set;

/**
 * Answers what Spring Security's firewall refuses (TRACE, WebDAV, unknown or lower-case methods, encoded slashes)
 * with a problem written here and now. The default handler calls sendError, whose dispatch to /error is refused
 * by the same firewall, so the client got a bare 400 with no body.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    /** The methods StrictHttpFirewall lets through by default, and so the only ones any endpoint can answer. */
    static final Set<String> ALLOWED = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    private final ObjectMapper mapper;

    RejectedRequests(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (!ALLOWED.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", ALLOWED.stream().sorted().toList()));
            SecurityConfiguration.write(response, mapper, HttpStatus.METHOD_NOT_ALLOWED,
                    "The method is not allowed here.");
        } else {
            SecurityConfiguration.write(response, mapper, HttpStatus.BAD_REQUEST, "The request could not be handled.");
        }
    }
}
