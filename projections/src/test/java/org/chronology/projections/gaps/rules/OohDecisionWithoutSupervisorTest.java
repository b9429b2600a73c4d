package org.chronology.projections.gaps.rules;

import org.chronology.core.api.event.Precision;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.Severity;
import org.chronology.projections.gaps.TestCase;
import org.chronology.projections.json.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

class OohDecisionWithoutSupervisorTest {

    private final OohDecisionWithoutSupervisor rule = new OohDecisionWithoutSupervisor();

    private List<Finding> findings(CaseFile file) {
        return rule.evaluate(file, LocalDate.of(2020, 1, 1), Parameters.defaults(rule));
    }

    /** A strategy discussion by CSC at an instant, with the given details. */
    private static CaseFile at(String instant, String details) {
        LocalDate day = LocalDate.parse(instant.substring(0, 10));
        CaseEvent discussion = new CaseEvent("S-1", "strategy.discussion", "CSC", null, instant, Precision.INSTANT, day,
                day, Instant.parse("2019-12-01T00:00:00Z"), List.of(TestCase.CHILD), List.of(), null, null,
                Json.object(details.replace('\'', '"')), 0);
        return new CaseFile(TestCase.CHILD, List.of(discussion), TestCase.SECTORS, TestCase.calendar());
    }

    @Test
    void firesWhenTheOutOfHoursServiceDecidesWithAConstableAlone() {
        // Baby E §3.1.18: the EDT worker and a police constable agreed the baby could go home.
        var file = child().add(event("S-1", "strategy.discussion", "EDT", "2019-03-04")
                .details("{'invited':['EDT','POLICE'],'participantRoles':['out_of_hours_worker','police_officer']}")).file();

        assertThat(findings(file)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("OOH_DECISION_WITHOUT_SUPERVISOR");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).containsExactly("S-1");
            assertThat(f.explanation()).isEqualTo("The out-of-hours strategy discussion of 2019-03-04 (S-1, with the "
                    + "emergency duty service) decided without a police supervisor: those taking part were out of "
                    + "hours worker, police officer.");
        });
    }

    @Test
    void readsTheHourOrTheDayOfTheDiscussion() {
        assertThat(findings(at("2019-03-04T22:30:00+00:00", "{'participantRoles':['social_worker','police_officer']}")))
                .singleElement().satisfies(f -> assertThat(f.explanation()).contains("(S-1, at 22:30)"));
        assertThat(findings(at("2019-03-04T11:30:00+00:00", "{'participantRoles':['social_worker','police_officer']}")))
                .isEmpty();
        var sunday = child().add(event("S-1", "strategy.discussion", "CSC", "2019-03-03")
                .details("{'participantRoles':['social_worker']}")).file();
        assertThat(findings(sunday)).singleElement().satisfies(f -> assertThat(f.explanation())
                .contains("on a weekend", "no police officer at all"));
    }

    @Test
    void staysSilentWithASupervisorOrWhenRolesAreNotRecorded() {
        var supervised = child().add(event("S-1", "strategy.discussion", "EDT", "2019-03-04")
                .details("{'participantRoles':['out_of_hours_worker','police_supervisor']}")).file();
        var unrecorded = child().add(event("S-1", "strategy.discussion", "EDT", "2019-03-04")
                .details("{'invited':['EDT','POLICE']}")).file();
        var inHours = child().add(event("S-1", "strategy.discussion", "CSC", "2019-03-04")
                .details("{'participantRoles':['social_worker','police_officer']}")).file();

        assertThat(findings(supervised)).isEmpty();
        assertThat(findings(unrecorded)).isEmpty();
        assertThat(findings(inHours)).isEmpty();
    }
}
