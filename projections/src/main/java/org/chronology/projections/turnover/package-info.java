/** The worker turnover read model. */
package org.chronology.projections.turnover;
