package org.chronology.client.api;

/** The body of {@code PUT /api/v1/agencies/{code}}. */
public record AgencyRegistration(String name, String sector) {
}
