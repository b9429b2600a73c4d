package org.chronology.client.api;

/** A registered agency: its code, name and sector code ({@code health.acute}). */
public record Agency(String code, String name, String sector) {
}
