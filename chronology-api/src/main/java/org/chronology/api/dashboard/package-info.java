/** Aggregate figures for dashboards, with small counts suppressed. */
package org.chronology.api.dashboard;
