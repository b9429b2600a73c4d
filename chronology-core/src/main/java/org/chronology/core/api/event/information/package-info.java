/** Events of what agencies knew and passed on: concerns, information shared or requested. */
package org.chronology.core.api.event.information;
