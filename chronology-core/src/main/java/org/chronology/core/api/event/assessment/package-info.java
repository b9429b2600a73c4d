/** Events of assessments. */
package org.chronology.core.api.event.assessment;
