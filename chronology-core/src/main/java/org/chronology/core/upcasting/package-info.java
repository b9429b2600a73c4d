/** Upcasters of stored events whose form changed. */
package org.chronology.core.upcasting;
