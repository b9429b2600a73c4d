package org.chronology.projections.gaps;

/**
 * A rule parameter and its default, as domain.md §c names it ({@code L}, {@code N}, {@code K}, {@code W}).
 * Values are spans ({@code 90d}, {@code 5wd}, {@code 7m}) or whole numbers ({@code 3}).
 */
public record Parameter(String name, String defaultValue, String description) {
}
