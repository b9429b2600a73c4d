/** JSON helpers of the read models. */
package org.chronology.projections.json;
