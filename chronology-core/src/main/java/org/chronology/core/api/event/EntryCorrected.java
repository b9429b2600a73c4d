package org.chronology.core.api.event;

import org.chronology.core.api.event.details.CorrectionDetails;

/**
 * The recording agency corrected one of its entries; the original stays in the store.
 *
 * @param entryId    the corrected entry's aggregate identifier
 * @param correction the correction's own envelope (its event id, summary and recording time)
 */
public record EntryCorrected(String entryId, EntryHeader correction, CorrectionDetails details) {
}
