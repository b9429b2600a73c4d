/** The projections' progress, replays, dead letters and reconciliation. */
package org.chronology.api.projection;
