package org.chronology.projections.gaps;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.projections.gaps.TestCase.child;
import static org.chronology.projections.gaps.TestCase.event;

/** What the rules read of a household: specifications of {@link Household} through {@link CaseFile#household()}. */
class HouseholdTest {

    private static TestCase.Event relationship(String id, String person, String relationship, String of) {
        return event(id, "relationship.recorded", "CSC", "2020-01-10").children().adults(person, of)
                .details("{'person':'" + person + "','relationship':'" + relationship + "','of':'" + of + "'}");
    }

    private static TestCase.Event person(String id, String personId, String details) {
        return event(id, "person.recorded", "GP", "2020-01-05").children(personId).details(details);
    }

    @Test
    void aFatherRecordedOnlyAsAnAdultIsTheChildsParentAndMaleCarer() {
        Household household = child().add(
                event("P1", "person.recorded", "GP", "2020-01-05").children().adults("F1")
                        .details("{'dateOfBirth':'1990-06-15'}"),
                relationship("R1", "F1", "father", "C1"),
                relationship("R2", "M1", "mother", "C1")).file().household();

        assertThat(household.people()).contains("C1", "F1", "M1");
        assertThat(household.relatives("C1", "father")).containsExactly("F1");
        assertThat(household.parents("C1")).containsExactlyInAnyOrder("F1", "M1");
        assertThat(household.fathersAndMaleCarers("C1")).containsExactly("F1");
        assertThat(household.dateOfBirth("F1")).contains(LocalDate.of(1990, 6, 15));
        assertThat(household.ageInYearsOn("F1", LocalDate.of(2020, 6, 14))).contains(29);
        assertThat(household.ageInYearsOn("F1", LocalDate.of(2020, 6, 15))).contains(30);
    }

    @Test
    void theMothersPartnerIsAMaleCarerButHerFatherIsNot() {
        Household household = child().add(
                relationship("R1", "M1", "mother", "C1"),
                relationship("R2", "P1", "partner_of_parent", "M1"),
                relationship("R3", "GF", "father", "M1"),
                relationship("R4", "S1", "step_parent", "C1")).file().household();

        assertThat(household.fathersAndMaleCarers("C1")).containsExactlyInAnyOrder("P1", "S1");
        assertThat(household.parents("C1")).containsExactly("M1");
    }

    @Test
    void siblingsHoldBothWaysAndChildrenOfTheSameParentAreSiblings() {
        Household household = child().add(
                relationship("R1", "C2", "sibling", "C1"),
                relationship("R2", "C1", "half_sibling", "C3"),
                relationship("R3", "M1", "mother", "C1"),
                relationship("R4", "M1", "mother", "C4")).file().household();

        assertThat(household.siblings("C1")).containsExactlyInAnyOrder("C2", "C3", "C4");
        assertThat(household.relatives("C2", "sibling")).containsExactly("C1");
        assertThat(household.relatives("C3", "half_sibling")).containsExactly("C1");
        assertThat(household.relatives("C1", "mother")).containsExactly("M1");
        assertThat(household.relatives("M1", "mother")).isEmpty();
    }

    @Test
    void withNoRelationshipGivenEveryoneRelatedEitherWayIsARelative() {
        Household household = child().add(
                relationship("R1", "F1", "father", "C1"),
                relationship("R2", "C1", "sibling", "C2"),
                relationship("R3", "G1", "grandparent", "C1")).file().household();

        assertThat(household.relatives("C1")).containsExactlyInAnyOrder("F1", "C2", "G1");
        assertThat(household.relatives("F1")).containsExactly("C1");
    }

    @Test
    void theDateRecordedLastIsTakenAndAnUnbornChildHasAnExpectedDelivery() {
        Household household = child().add(
                person("P1", "C1", "{'dateOfBirth':'2019-03-01'}").recordedAt("2020-01-06"),
                person("P2", "C1", "{'dateOfBirth':'2019-03-08','dateOfBirthEstimated':false}").recordedAt("2020-02-01"),
                person("P3", "U1", "{'expectedDelivery':'2020-09-30'}")).file().household();

        assertThat(household.dateOfBirth("C1")).contains(LocalDate.of(2019, 3, 8));
        assertThat(household.expectedDelivery("U1")).contains(LocalDate.of(2020, 9, 30));
        assertThat(household.dateOfBirth("U1")).isEmpty();
        assertThat(household.ageInYearsOn("U1", LocalDate.of(2021, 1, 1))).isEmpty();
        assertThat(household.ageInYearsOn("C1", LocalDate.of(2019, 1, 1))).isEmpty();
    }

    @Test
    void aMonthOrYearOfBirthStandsForItsFirstDay() {
        Household household = child().add(person("P1", "C1", "{'dateOfBirth':'2019-03'}"),
                person("P2", "C2", "{'dateOfBirth':'2015'}")).file().household();

        assertThat(household.dateOfBirth("C1")).contains(LocalDate.of(2019, 3, 1));
        assertThat(household.dateOfBirth("C2")).contains(LocalDate.of(2015, 1, 1));
    }

    @Test
    void aParticularsEntryNamingSeveralPeopleIsNobodysAndAnIncompleteRelationshipIsNotRead() {
        Household household = child().add(
                event("P1", "person.recorded", "GP", "2020-01-05").adults("M1").details("{'dateOfBirth':'1990-01-01'}"),
                event("R1", "relationship.recorded", "CSC", "2020-01-05").adults("F1").details("{'person':'F1','of':'C1'}"))
                .file().household();

        assertThat(household.dateOfBirth("C1")).isEmpty();
        assertThat(household.dateOfBirth("M1")).isEmpty();
        assertThat(household.relatives("C1")).isEmpty();
        assertThat(household.people()).containsExactlyInAnyOrder("C1", "M1", "F1");
    }

    @Test
    void theHouseholdFollowsTheFileAsOfADate() {
        CaseFile file = child().add(relationship("R1", "F1", "father", "C1")).file();

        assertThat(file.asOf(LocalDate.of(2020, 1, 9)).household().parents("C1")).isEmpty();
        assertThat(file.household()).isSameAs(file.household());
    }
}
