package org.chronology.api.timeline;

import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.security.Caller;
import org.chronology.api.security.ChildAccess;
import org.chronology.api.security.Reading;
import org.chronology.api.web.QueryParameters;
import org.chronology.projections.timeline.KnowledgeRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who knew each of a child's entries, and since when: the timeline page's "who knew it when". */
@RestController
class KnowledgeController {

    private final KnowledgeRepository knowledge;
    private final ProjectionProgress progress;
    private final ChildAccess access;

    KnowledgeController(KnowledgeRepository knowledge, ProjectionProgress progress, ChildAccess access) {
        this.knowledge = knowledge;
        this.progress = progress;
        this.access = access;
    }

    record Knowledge(String childId, List<KnowledgeRepository.Known> known) {
    }

    @GetMapping("/api/v1/children/{childId}/knowledge")
    Knowledge knowledge(@PathVariable String childId, Caller caller) {
        String child = QueryParameters.personId("childId", childId);
        Reading period = access.authorizeFullRead(caller, child, "knowledge");
        progress.awaitTimeline(List.of(child));
        return new Knowledge(child, knowledge.knowledge(child, period.from(), period.to()));
    }
}
