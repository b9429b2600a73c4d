package org.chronology.core.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.chronology.core.api.event.ChildRecordRead;

/**
 * {@link ChildRecordRead} before revision 2 (stored without a revision) named the moment of the read {@code at};
 * revision 2 calls it {@code readAt}, as the audit does. Events are never rewritten in the store: each old one
 * is renamed on its way out, for projections and replays alike.
 */
public class ChildRecordReadUpcaster extends SingleEventUpcaster {

    private static final String TYPE = ChildRecordRead.class.getName();
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(TYPE) && representation.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode renamed = payload.deepCopy();
            renamed.set("readAt", renamed.remove("at"));
            return renamed;
        });
    }
}
