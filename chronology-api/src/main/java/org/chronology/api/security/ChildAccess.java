package org.chronology.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.storage.Writer;
import org.chronology.api.web.Problem;
import org.chronology.core.api.event.AccessRole;
import org.chronology.core.api.event.ChildRecordRead;
import org.chronology.projections.access.AccessRepository;
import org.chronology.projections.access.Involvement;
import org.chronology.projections.agency.JdbcAgencyDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides what a caller may read of a child, and records every read, allowed or refused, in the audit. An
 * agency reads the child's whole chronology only on facts it cannot write for itself ({@link Involvement}):
 * otherwise only its own knowledge of the child. A refusal is the same whether or not the child is known.
 */
@Component
public class ChildAccess {

    private static final String REFUSED = "This token may not read this child's records.";

    private final AccessRepository access;
    private final Involvement involvement;
    private final JdbcAgencyDirectory agencies;
    private final ProjectionProgress progress;
    private final EventGateway events;
    private final Clock clock;
    private final Writer writer;
    private final Period partnership;

    ChildAccess(AccessRepository access, Involvement involvement, JdbcAgencyDirectory agencies,
                ProjectionProgress progress, EventGateway events, Clock clock, Writer writer,
                @Value("${chronology.access.partnership:P1Y}") Period partnership) {
        this.access = access;
        this.involvement = involvement;
        this.agencies = agencies;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
        this.writer = writer;
        this.partnership = partnership;
    }

    /** Any read of the child: an agency that is no partner gets its own knowledge of the child. */
    public Reading authorizeRead(Caller caller, String childId, String endpoint) {
        return authorize(caller, childId, endpoint, false);
    }

    /** A read that shows the whole record (findings, turnover, who knew what): partners and reviewers only. */
    public Reading authorizeFullRead(Caller caller, String childId, String endpoint) {
        return authorize(caller, childId, endpoint, true);
    }

    /**
     * A read of a person's record or of a household ({@code subject}), on the best reading the caller has of any of
     * {@code children}, the children of the subject's household. A reviewer reads it when one of the review's
     * children is among them, within the review; an agency in full when it may read one of them in full, and then
     * only entries naming no child or one of those (the reading's children: reading a father through one child
     * opens no other child's record); otherwise its own knowledge, when it has some of one of them. Refused and
     * audited as a child's read is.
     */
    public Reading authorizeHouseholdRead(Caller caller, String subject, Collection<String> children, String endpoint) {
        Reading reading = switch (caller.role()) {
            case REVIEWER -> children.stream().anyMatch(caller.review().children()::contains)
                    ? Reading.review(caller.review()) : null;
            case AGENCY -> householdReading(caller.agency(), children);
            case ADMIN, DASHBOARD -> null;
        };
        return decide(caller, subject, endpoint, reading, false);
    }

    private Reading authorize(Caller caller, String childId, String endpoint, boolean wholeRecordOnly) {
        Reading reading = switch (caller.role()) {
            case REVIEWER -> caller.review().children().contains(childId) ? Reading.review(caller.review()) : null;
            case AGENCY -> agencyReading(caller.agency(), childId);
            case ADMIN, DASHBOARD -> null;
        };
        return decide(caller, childId, endpoint, reading, wholeRecordOnly);
    }

    private Reading decide(Caller caller, String childId, String endpoint, Reading reading, boolean wholeRecordOnly) {
        if (reading == null || (wholeRecordOnly && reading.scope() == Reading.Scope.OWN)) {
            audit(caller, childId, endpoint, "refused", false);
            throw Problem.forbidden(reading == null ? REFUSED : "This agency reads only its own knowledge of this"
                    + " child: the whole record is for the lead agency, partners it invited and holders of a grant.");
        }
        boolean first = reading.scope() == Reading.Scope.FULL && caller.role() == AccessRole.AGENCY
                && !access.hasReadInFull(caller.agency(), childId);
        audit(caller, childId, endpoint, reading.scope().code(), first);
        return reading;
    }

    private Reading householdReading(String agency, Collection<String> children) {
        Set<String> full = new LinkedHashSet<>();
        boolean knows = false;
        for (String child : children) {
            Reading reading = agencyReading(agency, child);
            if (reading != null && reading.scope() == Reading.Scope.FULL) {
                full.add(child);
            }
            knows |= reading != null;
        }
        return !full.isEmpty() ? Reading.fullFor(full) : knows ? Reading.ownKnowledge(agency) : null;
    }

    private Reading agencyReading(String agency, String childId) {
        progress.awaitTimeline(List.of(childId));
        Instant now = clock.instant();
        if (involvement.readsWholeRecord(agency, agencies.sectorOf(agency).orElse(null), childId, now, partnership)) {
            return Reading.full();
        }
        return involvement.knowsOf(agency, childId) ? Reading.ownKnowledge(agency) : null;
    }

    private void audit(Caller caller, String childId, String endpoint, String scope, boolean firstRead) {
        ChildRecordRead read = new ChildRecordRead(caller.tokenId(), caller.role(), caller.agency(),
                caller.review() == null ? null : caller.review().reviewId(), childId, endpoint, clock.instant(),
                caller.issuedTo(), queryString(), scope, firstRead);
        // The event and the audit row it feeds in the writer's next transaction, ahead of bulk writes, since the
        // reader waits for it. The child's entries the timeline projection has yet to write go in it too.
        writer.writeFirst(() -> {
            progress.writeAhead(List.of(childId));
            events.publish(read);
        });
    }

    /** The current request's query string, for the audit: what exactly was asked. */
    static String queryString() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String query = request.getQueryString();
            return query == null ? null : query.substring(0, Math.min(query.length(), 2000));
        }
        return null;
    }
}
