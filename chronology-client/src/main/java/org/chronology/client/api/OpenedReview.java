package org.chronology.client.api;

import java.time.LocalDate;
import java.util.List;

/** An opened review with its reviewer token (shown only this once). */
public record OpenedReview(String reviewId, String tokenId, String token, List<String> children, LocalDate from,
                           LocalDate to) {
}
