package org.chronology.projections.gaps.rules;

import org.chronology.core.api.event.Precision;
import org.chronology.core.api.event.Sector;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.RuleInfo;
import org.chronology.projections.gaps.Severity;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * domain.md §c rule 29; motivated by Baby E §3.1.18 and Thames Valley Police recommendation 6 (an out-of-hours
 * decision that the baby could return home, taken without a police supervisor).
 */
@Component
public class OohDecisionWithoutSupervisor implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("OOH_DECISION_WITHOUT_SUPERVISOR", Category.RESPONSE_TO_HARM,
            "An out-of-hours strategy discussion or meeting for the child with no police supervisor among the "
                + "professionals who took part. Out of hours: the emergency duty (out-of-hours) service (sector "
                + "la.edt) convened, acted in or attended it, or its time is recorded outside 09:00-17:00, or its day "
                + "is a weekend or bank holiday. Judged only when the roles of those who took part are recorded. One "
                + "finding per discussion.",
            "strategy.discussion or strategy.meeting with details.participantRoles (codes: police_supervisor, "
                + "police_officer, out_of_hours_worker, social_worker...), details.invited and details.attended, "
                + "occurredAt (a date-time with offset gives the hour; a day gives weekends and bank holidays); "
                + "agency sectors (la.edt).",
            List.of());

    private static final Set<String> POLICE_ROLES = Set.of("police_supervisor", "police_officer");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent discussion : file.own("strategy.discussion", "strategy.meeting")) {
            if (!discussion.stated("participantRoles")) {
                continue;
            }
            List<String> roles = discussion.strings("participantRoles");
            Optional<String> outOfHours = outOfHours(file, discussion);
            if (roles.contains("police_supervisor") || outOfHours.isEmpty()) {
                continue;
            }
            boolean police = roles.stream().anyMatch(POLICE_ROLES::contains);
            findings.add(Finding.of(this, Severity.HIGH, discussion, discussion.agencies(), List.of(discussion.eventId()),
                    "The out-of-hours " + Explanations.type(discussion) + " of " + discussion.when() + " ("
                            + discussion.eventId() + ", " + outOfHours.get() + ") decided without a police supervisor: "
                            + (police ? "" : "no police officer at all; ") + "those taking part were "
                            + String.join(", ", roles).replace('_', ' ') + "."));
        }
        return findings;
    }

    /** Why the discussion was out of hours, if it was. */
    private static Optional<String> outOfHours(CaseFile file, CaseEvent discussion) {
        if (Partners.present(discussion).stream().anyMatch(a -> file.sector(a).filter(s -> s == Sector.LA_EDT).isPresent())) {
            return Optional.of("with the emergency duty service");
        }
        if (discussion.precision() == Precision.INSTANT && discussion.occurredAt() != null) {
            try {
                OffsetDateTime at = OffsetDateTime.parse(discussion.occurredAt());
                if (at.getHour() < 9 || at.getHour() >= 17) {
                    return Optional.of("at " + at.toLocalTime());
                }
                if (!file.calendar().isWorkingDay(at.toLocalDate())) {
                    return Optional.of("on a " + (at.getDayOfWeek().getValue() >= 6 ? "weekend" : "bank holiday"));
                }
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (discussion.precision() == Precision.DAY && !file.calendar().isWorkingDay(discussion.earliest())) {
            return Optional.of("on a " + (discussion.earliest().getDayOfWeek().getValue() >= 6 ? "weekend" : "bank holiday"));
        }
        return Optional.empty();
    }
}
