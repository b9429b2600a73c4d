package org.chronology.core.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * When an event happened, as precisely as the agency knows it. {@code earliest} and {@code latest} are the
 * period the statement allows (a month-precision date covers its whole month; an open bound ends at the day
 * the entry was recorded), so that rules can take the most generous reading and timelines can sort imprecise
 * dates at the start of their period.
 *
 * @param occurredAt the date as given in its normalised form ({@code 2018-03}, {@code 2018-03-05}, an ISO
 *                   offset date-time), or {@code null} when only bounds are known
 * @param sortKey    epoch seconds of the period's start read as UTC, the instant's own time for instants
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Occurrence(String occurredAt, Precision precision, LocalDate notBefore, LocalDate notAfter,
                         Boolean estimated, String dateBasis, LocalDate earliest, LocalDate latest, long sortKey) {
}
