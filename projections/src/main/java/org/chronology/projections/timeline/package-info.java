/** The timeline read model and its writes. */
package org.chronology.projections.timeline;
