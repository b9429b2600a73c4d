/** Gap findings of a child's household, as known at a date or an instant. */
package org.chronology.api.gaps;
