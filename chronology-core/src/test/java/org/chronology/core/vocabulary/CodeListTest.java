package org.chronology.core.vocabulary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Coded values match whatever their case and spacing, and through their documented synonyms. */
class CodeListTest {

    private static CodeList codes(String type, String field) {
        return Vocabulary.of(type).orElseThrow().field(field).orElseThrow().codes();
    }

    @ParameterizedTest(name = "{0}.{1}: \"{2}\" is {3}")
    @CsvSource(delimiter = '|', value = {
            "referral.decision|decision|NFA|nfa",
            "referral.decision|decision|No further action|nfa",
            "referral.decision|decision|no_further_action|nfa",
            "referral.decision|decision|  Early-Help |early_help",
            "appointment.missed|reason|DNA|did_not_attend",
            "appointment.missed|reason|did not attend|did_not_attend",
            "appointment.missed|reason|WNB|was_not_brought",
            "appointment.missed|reason|was not brought|was_not_brought",
            "appointment.missed|reason|declined|declined",
            "appointment.missed|reason|Refused|refused",
            "visit.home|outcome|unanswered|no_answer",
            "assessment.started|kind|C&F|child_and_family",
            "concern.recorded|categories|Domestic Abuse|da_coercive_control",
            "hospital.ed_attendance|setting|A&E|ed",
            "hospital.ed_attendance|setting|UTC|urgent_treatment_centre",
            "hospital.ed_attendance|setting|MIU|minor_injuries_unit",
            "hospital.ed_attendance|setting|OOH GP|out_of_hours_gp",
            "hospital.ed_attendance|setting|Out of hours GP|out_of_hours_gp",
    })
    void givenAnAgencysWording_whenMatched_thenItIsTheCanonicalCode(String type, String field, String given,
                                                                     String canonical) {
        assertThat(codes(type, field).canonical(given)).contains(canonical);
    }

    @ParameterizedTest(name = "\"{0}\" is not a referral decision")
    @CsvSource({"Strategy discussion to be held next week", "n f a", "''"})
    void givenWordingTheVocabularyDoesNotKnow_whenMatched_thenThereIsNoCanonicalCode(String given) {
        assertThat(codes("referral.decision", "decision").canonical(given)).isEmpty();
    }
}
