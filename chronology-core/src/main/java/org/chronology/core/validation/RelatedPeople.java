package org.chronology.core.validation;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.details.Details;

import java.util.ArrayList;
import java.util.List;

/**
 * Files a relationship under both its people. Timelines, case files, access and the findings refresher all find an
 * entry by the people its envelope names, so a person that {@code details.person} or {@code details.of} names and
 * the envelope does not is added to its adults, with a warning, rather than the record refused for it.
 */
final class RelatedPeople {

    private static final List<String> FIELDS = List.of("person", "of");

    private RelatedPeople() {
    }

    static EntryHeader fileUnderBoth(EntryHeader header, Details details, List<FieldError> warnings) {
        List<String> adults = new ArrayList<>(header.adults());
        for (String field : FIELDS) {
            String person = details.text(field);
            if (person != null && !header.children().contains(person) && !adults.contains(person)) {
                adults.add(person);
                warnings.add(new FieldError("details." + field,
                        "'" + person + "' is not named in children or adults: filed under adults"));
            }
        }
        return adults.size() == header.adults().size() ? header
                : new EntryHeader(header.eventId(), header.recordingAgency(), header.actingAgency(), header.occurrence(),
                header.recordedAt(), header.children(), adults, header.worker(), header.summary(), header.knownTo(),
                header.source(), header.fingerprint());
    }
}
