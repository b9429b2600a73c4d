package org.chronology.api.agency;

import org.chronology.core.api.event.EventType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The event catalogue, so that clients can see which types and typed details fields exist. */
@RestController
class EventTypesController {

    record EventTypeView(String type, List<String> typedDetails) {
    }

    @GetMapping("/api/v1/event-types")
    List<EventTypeView> eventTypes() {
        Stream<EventTypeView> catalogue = Arrays.stream(EventType.values()).map(type -> new EventTypeView(type.code(),
                type.detailsType().isRecord()
                        ? Arrays.stream(type.detailsType().getRecordComponents()).map(RecordComponent::getName)
                        .filter(name -> !name.equals("other")).toList()
                        : List.of()));
        Stream<EventTypeView> revisions = Stream.of(
                new EventTypeView("entry.corrected", List.of("correctsEventId")),
                new EventTypeView("entry.retracted", List.of("retractsEventId", "reason")));
        return Stream.concat(catalogue, revisions).toList();
    }
}
