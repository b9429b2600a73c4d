/** The entry aggregate: recorded, corrected, retracted; idempotent by event id. */
package org.chronology.core.entry;
