/** Events of care: a child accommodated or placed, and looked-after reviews. */
package org.chronology.core.api.event.care;
